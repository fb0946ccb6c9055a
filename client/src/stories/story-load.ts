// Where a story embed's data comes from: inline in a frozen file (no request at all), else the
// published story from the API for the page's own address (`/stories/ID?sig=…`).
import type { StoryDocument, StoryPayload } from '../../../server/domain/wire/story';
import type { StoryMode } from '../../../server/domain/story-links';
import { meta, problemOf } from '../embed/load';

/** A loaded story, how it advances, and the origins that may command it. */
export interface LoadedStory {
  readonly payload: StoryPayload;
  readonly mode: StoryMode;
  readonly origins: readonly string[];
  /** Whether it came inline (a frozen file). */
  readonly frozen: boolean;
}

/** Loads the story: inline when the page holds it, else fetched. Throws with the reason. */
export async function loadStory(): Promise<LoadedStory> {
  const origins = (meta('embed-origins') ?? '*').split(' ').filter((o) => o.length > 0);
  const inline = document.getElementById('embed-data');
  if (inline?.textContent) {
    const look = new URLSearchParams(meta('embed-look') ?? '');
    return {
      payload: JSON.parse(inline.textContent) as StoryPayload,
      mode: look.get('mode') === 'scroll' ? 'scroll' : 'click',
      origins,
      frozen: true,
    };
  }
  const own = new URLSearchParams(location.search);
  const id = /^\/stories\/([A-Za-z0-9_-]{22})$/.exec(location.pathname)?.[1];
  if (!id) throw new Error('This address names no story');
  const sig = own.get('sig');
  // Same URL as the page's preload hint, so the data is already on its way.
  const url = `/api/stories/${id}${sig ? `?${new URLSearchParams({ sig }).toString()}` : ''}`;
  const response = await fetch(url, { mode: 'cors', credentials: 'same-origin' });
  if (!response.ok) throw new Error(await problemOf(response));
  const story = (await response.json()) as StoryDocument;
  if (!story.published) throw new Error('This story is not published');
  return {
    payload: { id, story: story.published, explorer: '/' },
    mode: own.get('mode') === 'scroll' ? 'scroll' : 'click',
    origins,
    frozen: false,
  };
}
