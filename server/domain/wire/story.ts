// Wire shapes of story mode: a story is a titled sequence of steps through the graph and through
// time; each step is a saved explorer view (the shared URL codec's query string: focus, filters,
// as-of day or range, selection, path, camera) with a caption. Publishing pins each step's data.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { embedPayload } from './embed';
import type { Wire } from './readonly';

/** Most steps in one story. */
export const STORY_MAX_STEPS = LIMITS.storySteps;

/** Longest caption (characters of its Markdown subset) and summary. */
export const STORY_CAPTION_CHARS = LIMITS.storyCaptionChars;

/** A story id: 22 base64url characters (128 random bits). */
export const STORY_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

const ids = z.array(z.string().max(200)).max(200);

/** Most entities whose places one step keeps (as many as an embed draws). */
const STEP_POSITIONS = LIMITS.embedEntities;

/** A captured drawing: the graph area's size (CSS px) and each entity's place (layout units). */
export const storyStepLayout = z
  .object({
    width: z.number().positive().max(LIMITS.storyAreaPx),
    height: z.number().positive().max(LIMITS.storyAreaPx),
    positions: z
      .record(
        z.string().max(200),
        z.tuple([z.number().min(-1e7).max(1e7), z.number().min(-1e7).max(1e7)]),
      )
      .refine((p) => Object.keys(p).length <= STEP_POSITIONS, {
        error: `holds at most ${STEP_POSITIONS} entities`,
      })
      .describe('Entity id to [x, y] in layout units, as the explorer placed it'),
  })
  .strict();
export type StoryStepLayout = Wire<typeof storyStepLayout>;

/** One step: a saved view, its caption and what it draws highlighted. */
export const storyStep = z
  .object({
    view: z
      .string()
      .max(4000)
      .describe(
        "The step's view as the explorer's query string (the shared view codec: expanded, all, hidden, hideKinds, hideTypes, from, to, asOf, entity or fact, path, view = camera x,y,scale)",
      ),
    caption: z
      .string()
      .max(STORY_CAPTION_CHARS)
      .describe('Markdown subset: *emphasis*, **strong**, [links](https://…); no HTML'),
    highlight: z
      .object({ nodes: ids, edges: ids })
      .optional()
      .describe('Entities and facts drawn highlighted (a path, a comparison)'),
    layout: storyStepLayout
      .optional()
      .describe(
        "Where the explorer drew the step's entities and the size of its graph area when the step was captured: with the camera (`view=` in `view`) the embeds frame the same region, scaled to their size",
      ),
  })
  .strict();
export type StoryStep = Wire<typeof storyStep>;

/** What an editor writes: the story's words and its steps. */
export const storyInput = z
  .object({
    title: z.string().trim().min(1).max(200),
    summary: z.string().max(STORY_CAPTION_CHARS).default(''),
    author: z.string().trim().min(1).max(200),
    steps: z.array(storyStep).max(STORY_MAX_STEPS),
    revision: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('PUT: the revision the edit starts from; a stale one answers 409'),
  })
  .strict();
export type StoryInput = Wire<typeof storyInput>;

/** What changed in one step's data since it was published (ids of entities and facts). */
export const storyStepChanges = z.object({
  step: z.number().int().describe('Index of the step, from 0'),
  entities: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
  facts: z.object({
    added: z.array(z.string()),
    removed: z.array(z.string()),
    changed: z.array(z.string()).describe('Same id, different dates, sources or attributes'),
  }),
});
export type StoryStepChanges = Wire<typeof storyStepChanges>;

/** A published story as readers get it: its words, steps and the data each step shows. */
export const storyPublication = z.object({
  at: z.string().describe('When it was published (ISO date-time, UTC)'),
  title: z.string(),
  summary: z.string(),
  author: z.string(),
  steps: z.array(storyStep),
  data: z
    .array(embedPayload)
    .describe("Each step's pinned data: its subgraph, dated facts and sources when published"),
});
export type StoryPublication = Wire<typeof storyPublication>;

/** A story: the draft (editors only), its revision and, once published, the publication. */
export const storyDocument = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    author: z.string(),
    steps: z.array(storyStep),
    revision: z.number().int(),
    updatedAt: z.string(),
    published: storyPublication.optional(),
    links: z
      .object({
        embed: z.string().describe('The click-through embed'),
        scroll: z.string().describe('The scrolling embed'),
        frozen: z.string().describe('The single-file HTML'),
        oembed: z.string(),
        html: z.string().describe("The click-through embed's one-line snippet"),
        scrollHtml: z.string().describe("The scrolling embed's one-line snippet"),
      })
      .optional()
      .describe('Editors, once published: where readers find it'),
    changes: z
      .array(storyStepChanges)
      .optional()
      .describe('Editors only: what the current graph shows differently from the pinned data'),
  })
  .meta({ id: 'StoryDocument' });
export type StoryDocument = Wire<typeof storyDocument>;

/** What the story embed reads (inline in the frozen file, else fetched): the publication. */
export const storyPayload = z
  .object({ id: z.string(), story: storyPublication, explorer: z.string() })
  .meta({ id: 'StoryPayload' });
export type StoryPayload = Wire<typeof storyPayload>;
