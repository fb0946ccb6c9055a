// The data file's validators: shapes, formats and per-fact rules (references are checked later).
// Stricter than the wire shape `FactFile` (server/domain/wire/graph.ts): what they output must fit
// it, which `ValidFile` in validate.ts checks at compile time.
import { z } from 'zod';
import { OWN_KEYS } from '../domain/fact-record';
import { FACT_FILE_TYPE, FACT_FILE_VERSION } from '../domain/model';
import { PRECISIONS, isIsoDay, rangeOfDate, writtenPrecision } from '../domain/time';
import {
  canonicalKind,
  ENTITY_KIND_ALIASES,
  ENTITY_KINDS,
  type EntityKindAlias,
  FACT_TYPES,
  FACT_TYPE_NAMES,
  SOURCE_KINDS,
  type BuiltInFactType,
} from '../domain/vocabulary';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const ATTRIBUTE_NAME = /^[a-z][A-Za-z0-9]*$/;

const id = z.string().regex(ID, 'must be a kebab-case id (a-z, 0-9 and "-")');
const text = z.string().trim().min(1, 'must not be empty');

const isoDate = z
  .string()
  .refine((v) => writtenPrecision(v) !== null, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
const isoDay = z.string().refine(isIsoDay, 'must be a calendar day written YYYY-MM-DD');

export const timePointSchema = z
  .strictObject({
    date: isoDate,
    precision: z.enum(PRECISIONS),
    earliest: isoDay.optional(),
    latest: isoDay.optional(),
    wording: text.optional(),
    note: text.optional(),
  })
  .superRefine((point, ctx) => {
    const written = writtenPrecision(point.date);
    if (written === null) return;
    if (point.precision !== 'approximate') {
      if (written !== point.precision) {
        ctx.addIssue({
          code: 'custom',
          path: ['date'],
          message: `is written at ${written} precision but precision says "${point.precision}"`,
        });
      }
      for (const key of ['earliest', 'latest'] as const) {
        if (point[key] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'is only allowed with precision "approximate"',
          });
        }
      }
      return;
    }
    if (point.earliest === undefined || point.latest === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [point.earliest === undefined ? 'earliest' : 'latest'],
        message: 'is required with precision "approximate"',
      });
      return;
    }
    if (point.earliest > point.latest) {
      ctx.addIssue({ code: 'custom', path: ['latest'], message: 'is before earliest' });
    }
    const range = rangeOfDate(point.date);
    if (point.earliest > range.latest || point.latest < range.earliest) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `lies outside its own bounds ${point.earliest} to ${point.latest}`,
      });
    }
  });

const timeSchema = z.strictObject({
  at: timePointSchema.optional(),
  start: timePointSchema.optional(),
  end: timePointSchema.optional(),
});

const attributeValue = z.union([
  z.string(),
  z.number().refine(Number.isFinite, 'must be a finite number'),
  z.boolean(),
  z.array(z.string()),
]);

const citationSchema = z.strictObject({
  source: id,
  via: id.optional(),
  quote: z.strictObject({ text, speaker: id }).optional(),
  note: text.optional(),
});

export const entitySchema = z.strictObject({
  id,
  // Earlier names of a kind (`Organisation`) still load, as the kind they became.
  kind: z
    .enum([...ENTITY_KINDS, ...(Object.keys(ENTITY_KIND_ALIASES) as EntityKindAlias[])])
    .overwrite(canonicalKind)
    .pipe(z.enum(ENTITY_KINDS)),
  name: text,
  aliases: z.array(text).default([]),
  summary: text.optional(),
});

export const sourceSchema = z.strictObject({
  id,
  kind: z.enum(SOURCE_KINDS),
  title: text,
  publisher: id,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  published: isoDate,
  author: text.optional(),
});

export const factSchema = z
  .strictObject({
    id,
    type: z.enum(FACT_TYPE_NAMES as [BuiltInFactType, ...BuiltInFactType[]], {
      error: `must be one of ${FACT_TYPE_NAMES.join(', ')}`,
    }),
    subject: id,
    object: id,
    time: timeSchema.default({}),
    attributes: z.record(z.string(), attributeValue).default({}),
    claim: id.optional(),
    sources: z.array(citationSchema).min(1, 'a fact needs at least one source'),
  })
  .superRefine((fact, ctx) => {
    for (const name of Object.keys(fact.attributes)) {
      if (!ATTRIBUTE_NAME.test(name) || OWN_KEYS.has(name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['attributes', name],
          message: 'must be a camelCase name not used by the loader itself',
        });
      }
    }
    const shape = FACT_TYPES[fact.type].shape;
    const wrong = shape === 'event' ? (['start', 'end'] as const) : (['at'] as const);
    for (const key of wrong) {
      if (fact.time[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['time', key],
          message: `${fact.type} is ${shape === 'event' ? 'an event: use time.at' : 'a state: use time.start and time.end'}`,
        });
      }
    }
    const { start, end } = fact.time;
    if (start && end) {
      const s = start.earliest ?? safeRange(start.date)?.earliest;
      const e = end.latest ?? safeRange(end.date)?.latest;
      if (s !== undefined && e !== undefined && s > e) {
        ctx.addIssue({ code: 'custom', path: ['time', 'end'], message: 'is before start' });
      }
    }
  });

function safeRange(date: string): { earliest: string; latest: string } | undefined {
  return writtenPrecision(date) === null ? undefined : rangeOfDate(date);
}

export const factFileSchema = z.strictObject({
  $schema: z.string().optional(),
  type: z.literal(FACT_FILE_TYPE),
  version: z.literal(FACT_FILE_VERSION),
  description: text.optional(),
  sources: z.array(sourceSchema).default([]),
  entities: z.array(entitySchema).default([]),
  facts: z.array(factSchema).default([]),
});

/** The file format as JSON Schema (draft 2020-12), for editors; refinements are not expressible. */
export function factFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(factFileSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://brand-graph.example/schema/fact-file.v1.json',
    title: 'Brand graph fact file, version 1',
  };
}
