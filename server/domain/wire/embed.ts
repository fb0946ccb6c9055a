// Wire shapes of embeds: the view an embed shows, the data it reads, the link the explorer makes
// and the oEmbed answer. The view's URL form is read by `embed-view.ts`; these are its shapes.
import { z } from 'zod';
import { timelineEvent } from './answers';
import { serializedGraph } from './graph';
import type { Wire } from './readonly';

/** What an embed shows: the explorer's focus, filters, time state and selection. */
export const embedView = z.object({
  scope: z
    .enum(['all', 'expanded'])
    .describe(
      '`all`: the first view (whole graph or overview) plus the neighbourhoods of `expanded`; `expanded`: those neighbourhoods only',
    ),
  expanded: z.array(z.string()),
  hidden: z.array(z.string()),
  hiddenKinds: z.array(z.string()),
  hiddenTypes: z.array(z.string()),
  from: z.string().optional(),
  to: z.string().optional(),
  asOf: z.string().optional(),
  known: z.string().optional().describe('Record time: the graph as known on this day'),
  selected: z.object({ kind: z.enum(['entity', 'fact']), id: z.string() }).optional(),
  title: z.string().optional().describe("The producer's title for the embed (`title=`)"),
  caption: z.string().optional().describe("The producer's caption under the title (`caption=`)"),
});
export type EmbedView = Wire<typeof embedView>;

/** What an embed reads: its view's subgraph and dated facts, nothing beyond them. */
export const embedPayload = z
  .object({
    view: embedView,
    title: z
      .string()
      .describe(
        "The producer's title, else one naming the view: its focus entities, or the whole graph",
      ),
    caption: z.string().optional().describe("The producer's caption, shown under the title"),
    graph: serializedGraph.describe("The view's entities and facts, filters applied"),
    events: z.array(timelineEvent).describe('The dated facts of `graph`, in order'),
    factTypes: z
      .array(
        z.object({
          name: z.string(),
          shape: z.enum(['event', 'state']),
          verb: z.string(),
          label: z.string(),
        }),
      )
      .describe("The fact types of the view's facts, so imported types read as registered"),
    names: z
      .record(z.string(), z.string())
      .describe('Names of the entities the sources mention outside the graph'),
    explorer: z.string().describe("The explorer's address for this view, for the link back"),
  })
  .meta({ id: 'EmbedPayload' });
export type EmbedPayload = Wire<typeof embedPayload>;

/** The links the Embed button shows for a view: the embed, the frozen page and oEmbed. */
export const embedLink = z
  .object({
    signed: z.boolean(),
    title: z.string(),
    embed: z.string(),
    explorer: z.string(),
    frozen: z.string(),
    oembed: z.string(),
    html: z.string(),
  })
  .meta({ id: 'EmbedLink' });
export type EmbedLink = Wire<typeof embedLink>;

/** An oEmbed 1.0 `rich` answer. */
export const oembedResponse = z
  .object({
    version: z.literal('1.0'),
    type: z.literal('rich'),
    title: z.string(),
    provider_name: z.string(),
    provider_url: z.string(),
    cache_age: z.number(),
    width: z.number(),
    height: z.number(),
    html: z.string(),
  })
  .meta({ id: 'OEmbedResponse' });
export type OEmbedResponse = Wire<typeof oembedResponse>;
