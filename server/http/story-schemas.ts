// Input schemas of the story routes: the path's story id and the reads' query strings.
import { z } from 'zod';
import { STORY_ID_PATTERN } from '../domain/wire/story';

/** Path parameter of every story route. */
export const storyParams = z.strictObject({
  story: z.string().regex(STORY_ID_PATTERN, 'must be a story id (22 base64url characters)'),
});

/** Query of the reads: the signature (analyst mode) and, for editors, `changes=0` to skip the diff. */
export const storyReadQuery = z.strictObject({
  sig: z.string().max(100).optional(),
  changes: z.enum(['0', '1']).optional(),
});

/** Query of the frozen file: the signature and how it advances (`mode`). */
export const storyFrozenQuery = z.strictObject({
  sig: z.string().max(100).optional(),
  mode: z.enum(['click', 'scroll']).optional(),
});
