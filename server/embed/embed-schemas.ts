// Embed and oEmbed shapes for the OpenAPI document. The view parameters are read by
// domain/view-codec (shared with the explorer and the embed page); these describe them for readers.
import { z } from 'zod';
import { serializedGraph, timelineResponse } from '../http/response-schemas';

const text = (description: string) => z.string().optional().meta({ description });

const viewFields = {
  expanded: text(
    'Focus: comma-separated entity ids (the explorer\'s "expanded"); absent: the whole graph',
  ),
  all: z
    .enum(['1'])
    .optional()
    .meta({ description: '1: the first view (whole graph or overview) plus the focus' }),
  hidden: text('Entity ids left out'),
  hideKinds: text('Entity kinds left out'),
  hideTypes: text('Fact types left out'),
  from: text('First day of the date range, YYYY-MM-DD'),
  to: text('Last day of the date range, YYYY-MM-DD'),
  asOf: text('Show the graph as it stood on this day, YYYY-MM-DD'),
  entity: text('Selected entity id'),
  fact: text('Selected fact id'),
};
const lookFields = {
  theme: z.enum(['auto', 'light', 'dark']).optional(),
  timeline: z.enum(['0', '1']).optional().meta({ description: '0 hides the timeline' }),
};
const sig = text(
  "The view's signature (HMAC-SHA256, base64url); required when the server has a signing key",
);

export const embedViewQuery = z.strictObject({ ...viewFields, sig });
export const embedFrozenQuery = z.strictObject({ ...viewFields, ...lookFields, sig });
export const embedSignQuery = z.strictObject({ ...viewFields, ...lookFields });

export const embedPayload = z
  .object({
    view: z.object({
      scope: z.enum(['all', 'expanded']),
      expanded: z.array(z.string()),
      hidden: z.array(z.string()),
      hiddenKinds: z.array(z.string()),
      hiddenTypes: z.array(z.string()),
      from: z.string().optional(),
      to: z.string().optional(),
      asOf: z.string().optional(),
      selected: z.object({ kind: z.enum(['entity', 'fact']), id: z.string() }).optional(),
    }),
    title: z.string(),
    graph: serializedGraph,
    events: timelineResponse.shape.events,
    factTypes: z.array(
      z.object({
        name: z.string(),
        shape: z.enum(['event', 'state']),
        verb: z.string(),
        label: z.string(),
      }),
    ),
    names: z.record(z.string(), z.string()),
    explorer: z.string(),
  })
  .meta({ id: 'EmbedPayload' });

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
