// Embed and oEmbed query schemas for the OpenAPI document. The view parameters are read by
// domain/view-codec (shared with the explorer and the embed page); these schemas describe them for
// readers. The answers' shapes are defined once in server/domain/wire/embed.ts.
import { z } from 'zod';
import { LIMITS } from '../domain/limits';

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
  known: text('Show the graph as it was recorded at the end of this day (UTC), YYYY-MM-DD'),
  entity: text('Selected entity id'),
  fact: text('Selected fact id'),
};
const textFields = {
  title: text(
    `The producer's title, shown as the embed's heading (at most ${LIMITS.embedTitleChars} characters)`,
  ),
  caption: text(
    `The producer's caption, shown under the title (at most ${LIMITS.embedCaptionChars} characters)`,
  ),
};
const lookFields = {
  theme: z.enum(['auto', 'light', 'dark']).optional(),
  timeline: z.enum(['0', '1']).optional().meta({ description: '0 hides the timeline' }),
};
const sig = text(
  "The view's signature (HMAC-SHA256, base64url); required when the server has a signing key",
);

export const embedViewQuery = z.strictObject({ ...viewFields, ...textFields, sig });
export const embedFrozenQuery = z.strictObject({
  ...viewFields,
  ...textFields,
  ...lookFields,
  sig,
});
export const embedSignQuery = z.strictObject({ ...viewFields, ...textFields, ...lookFields });

export { embedLink, embedPayload, oembedResponse } from '../domain/wire/embed';
