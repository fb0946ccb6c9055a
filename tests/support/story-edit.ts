// Edits one fact as an editor would after a story was published: `PATCH /api/facts/{id}` with
// the editor token (the authoring API), for tests that check a published story keeps what it
// pinned while the editor's read lists the change.
import type { Fact } from '../../server/domain/model';
import type { FactTime } from '../../server/domain/wire/time';

/**
 * Sets fact `factId`'s time through the app at `url`, starting from `revision` (0 for a fact as
 * loaded); answers the fact as stored (its new revision). Throws with the answer's body unless
 * the app answers 200.
 */
export async function patchFactTime(
  url: string,
  token: string,
  factId: string,
  revision: number,
  time: FactTime,
): Promise<Fact> {
  const response = await fetch(`${url}/api/facts/${factId}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ revision, time, comment: 'a later source' }),
  });
  if (response.status !== 200)
    throw new Error(`PATCH ${factId}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Fact;
}

/** Gucci's notice a week later than the article dates it: the edit the story tests make. */
export const GUCCI_EDITED_TIME: FactTime = {
  at: { date: '2016-05-11', precision: 'day', wording: 'on 11 May' },
};
