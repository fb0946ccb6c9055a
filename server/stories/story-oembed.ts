// oEmbed for a story's URL: which story (and mode, signature) an address of this app names.
import { STORY_ID_PATTERN } from '../domain/wire/story';
import type { StoryMode } from '../domain/story-links';

/** A story embed's address, read: its id, how it advances and its signature. */
export interface StoryUrl {
  readonly id: string;
  readonly mode: StoryMode;
  readonly sig?: string;
}

/**
 * The story a URL of this app names (`ORIGIN/stories/ID[?mode=scroll][&sig=…]`, or that path
 * alone), or undefined when it is not a story's address (then it is read as a view's).
 */
export function storyOfUrl(raw: string, origin: string): StoryUrl | undefined {
  let url: URL;
  try {
    url = /^\/(?!\/)/.test(raw) ? new URL(raw, origin) : new URL(raw);
  } catch {
    return undefined;
  }
  const match = /^\/stories\/([^/]+)$/.exec(url.pathname);
  if (url.origin !== origin || !match?.[1] || !STORY_ID_PATTERN.test(match[1])) return undefined;
  const sig = url.searchParams.get('sig') ?? undefined;
  return {
    id: match[1],
    mode: url.searchParams.get('mode') === 'scroll' ? 'scroll' : 'click',
    ...(sig ? { sig } : {}),
  };
}
