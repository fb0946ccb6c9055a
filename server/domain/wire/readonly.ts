// The TypeScript type of a wire schema: zod's output, made read-only all the way down.
import type { z } from 'zod';

/** `T` with every property, array and record read-only, at every depth. */
export type DeepReadonly<T> = T extends readonly (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The read-only type of what a wire schema accepts: the one way shapes become types here. */
export type Wire<S extends z.ZodType> = DeepReadonly<z.output<S>>;
