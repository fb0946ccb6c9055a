// Validates request input at the edge; failures become 400 problems naming each field.
import type { z } from 'zod';
import { InvalidInputError } from '../errors';

/** Parses `input` with `schema`, or throws InvalidInputError with a path per problem. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: string,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => {
    const path = [where, ...issue.path.map(String)].join('.');
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown parameter${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`
        : issue.message;
    return { path, message };
  });
  throw new InvalidInputError(details.map((d) => `${d.path}: ${d.message}`).join('; '), details);
}
