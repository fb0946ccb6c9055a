// The story panel's requests: save (create or replace), publish and read, with the editor token.
import type { ProblemDetails } from '../../../server/domain/api';
import type { StoryDocument } from '../../../server/domain/wire/story';
import { toInput, type StoryDraft } from './story-draft';

async function answer(response: Response): Promise<StoryDocument> {
  if (response.ok) return (await response.json()) as StoryDocument;
  let detail = `${response.status} ${response.statusText}`;
  try {
    const problem = (await response.json()) as Partial<ProblemDetails>;
    detail = problem.detail ?? problem.title ?? detail;
  } catch {
    // Not problem+json: the status says enough.
  }
  throw new Error(detail);
}

const headers = (token: string, json: boolean): Record<string, string> => ({
  Authorization: `Bearer ${token}`,
  Accept: 'application/json',
  ...(json ? { 'Content-Type': 'application/json' } : {}),
});

/** Saves the draft: POST when new, else PUT at its revision. Throws with the server's words. */
export async function saveStory(draft: StoryDraft, token: string): Promise<StoryDocument> {
  const response = await fetch(draft.id ? `/api/stories/${draft.id}` : '/api/stories', {
    method: draft.id ? 'PUT' : 'POST',
    headers: headers(token, true),
    body: JSON.stringify(toInput(draft)),
  });
  return answer(response);
}

/** Publishes a saved story (pins each step's data); answers it with its links. */
export async function publishStory(id: string, token: string): Promise<StoryDocument> {
  return answer(
    await fetch(`/api/stories/${id}/publish`, { method: 'POST', headers: headers(token, false) }),
  );
}

/** Reads a story as its editor: draft, links and what changed since it was published. */
export async function readStory(id: string, token: string): Promise<StoryDocument> {
  return answer(await fetch(`/api/stories/${id}`, { headers: headers(token, false) }));
}
