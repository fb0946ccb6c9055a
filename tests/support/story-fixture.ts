// The four-step IACC membership story the story tests publish: Alibaba admitted mid-April,
// Michael Kors out in April, Gucci out on 4 May, eBay declining.
import type { StoryDocument } from '../../server/domain/wire/story';

/** The story's steps: each an explorer view (focus IACC, a day, a selected entity or fact). */
export const IACC_STEPS = [
  {
    view: 'expanded=iacc&asOf=2016-04-21&entity=alibaba',
    caption: 'In mid-April the IACC *admits* Alibaba as a General Member.',
  },
  {
    view: 'expanded=iacc&asOf=2016-04-30&fact=a-michael-kors-leaves-iacc',
    caption: 'Michael Kors **leaves** in protest.',
  },
  {
    view: 'expanded=iacc&asOf=2016-05-04&fact=a-gucci-leaves-iacc',
    caption: 'On 4 May Gucci gives notice too.',
  },
  {
    view: 'expanded=iacc&asOf=2016-05-31&fact=a-ebay-declines-iacc',
    caption: 'eBay [declines](https://example.com/ebay) to join.',
  },
] as const;

/** The as-of day of each step, in order. */
export const IACC_DAYS = ['2016-04-21', '2016-04-30', '2016-05-04', '2016-05-31'] as const;

/** Creates and publishes the story on the app at `url` with the editor token; answers it. */
export async function publishIaccStory(url: string, token: string): Promise<StoryDocument> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const created = await fetch(`${url}/api/stories`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      title: 'The IACC membership fight',
      summary: 'Who joined and who left, spring 2016',
      author: 'Test desk',
      steps: IACC_STEPS,
    }),
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as StoryDocument;
  const published = await fetch(`${url}/api/stories/${id}/publish`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  if (!published.ok) throw new Error(`publish: ${published.status} ${await published.text()}`);
  return (await published.json()) as StoryDocument;
}
