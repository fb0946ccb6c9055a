// Wire shapes of article analysis: the request (an article's text and metadata) and the answer
// (mentions, new names, dates and fact proposals with offsets into the text as sent).
import { z } from 'zod';
import { LIMITS } from '../limits';
import { writtenPrecision } from '../time';
import type { Wire } from './readonly';
import { entityKind, factType } from './graph';
import { factTime, timePoint } from './time';

/** `POST /api/articles/analyse` body: the article's text and metadata (nothing is stored). */
export const articleAnalyseBody = z.strictObject({
  text: z.string().min(1).max(LIMITS.articleChars).describe('The article as plain text'),
  title: z.string().max(LIMITS.authoredNameChars),
  publisher: z.string().max(LIMITS.authoredNameChars),
  url: z.string().max(LIMITS.urlChars).optional(),
  published: z
    .string()
    .refine((v) => writtenPrecision(v) !== null, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD')
    .describe('Publication date at the precision known: `2016`, `2016-05`, `2016-05-11`'),
});
export type ArticleAnalyseBody = Wire<typeof articleAnalyseBody>;

/** A run of the text: UTF-16 offsets (`end` exclusive) and the words there. */
const span = { start: z.number().int(), end: z.number().int(), text: z.string() };

/** A mention of a known entity; `candidates` when the words name several. */
export const articleMention = z.object({
  entity: z.string(),
  ...span,
  candidates: z
    .array(z.string())
    .optional()
    .describe('Every entity the words may name, the guess first'),
});

/** A capitalised name no known entity has, with a guessed kind; never created by analysis. */
export const articleNewEntity = z.object({
  name: z.string(),
  kind: entityKind,
  start: z.number().int(),
  end: z.number().int(),
});

/** A date the text states, resolved against the publication date, with its wording. */
export const articleDate = z.object({ ...span, time: timePoint });

/** A proposed fact: subject, type, object (entity ids), time, and the sentence stating it. */
export const articleProposal = z.object({
  type: factType,
  subject: z.string(),
  object: z.string(),
  time: factTime,
  evidence: z.object(span).describe('The words that state the fact, with their offsets'),
});

/** `POST /api/articles/analyse` answer; offsets are into the `text` sent. */
export const articleAnalysis = z
  .object({
    mentions: z.array(articleMention),
    newEntities: z.array(articleNewEntity),
    dates: z.array(articleDate),
    proposals: z.array(articleProposal),
    entities: z
      .record(z.string(), z.object({ name: z.string(), kind: entityKind }))
      .describe('Name and kind of every entity the mentions and proposals name, by id'),
  })
  .meta({ id: 'ArticleAnalysis' });
export type ArticleAnalysis = Wire<typeof articleAnalysis>;
