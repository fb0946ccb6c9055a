// The story operations of the OpenAPI document (see README, "Stories").
import { storyInput } from '../domain/wire/story';
import { storyFrozenQuery, storyReadQuery } from './story-schemas';
import type { Endpoint } from './endpoint';

/** Stories: write with the editor token, read once published (signed in the analyst mode). */
export function storyEndpoints(): Endpoint[] {
  const write = {
    '403': 'Writes are off (no EDITOR_TOKEN)',
    '404': 'No story with that id',
  };
  const read = {
    '403': 'Analyst mode: neither a token nor the story’s signature',
    '404': 'No story with that id, or (readers) not published',
  };
  return [
    {
      method: 'post',
      path: '/api/stories',
      summary: 'Create a story',
      description:
        "A title, summary, author and steps; each step is an explorer view (the shared codec's query string, camera included), a caption in a small Markdown subset, and what it highlights. The graph is not changed.",
      body: storyInput,
      response: 'StoryDocument',
      okStatus: '201',
      token: 'editor',
      errors: { '403': write['403'] },
    },
    {
      method: 'get',
      path: '/api/stories/{story}',
      pathParams: ['story'],
      summary: 'A story',
      description:
        'Readers: the published story with the data each step shows, pinned when it was published. Editors (the editor token): the draft too, its links and, unless `changes=0`, what each published step would show differently in the graph as it is now.',
      query: storyReadQuery,
      response: 'StoryDocument',
      errors: read,
    },
    {
      method: 'put',
      path: '/api/stories/{story}',
      pathParams: ['story'],
      summary: "Replace a story's draft",
      description:
        'The whole draft; `revision` (the one read) makes a stale edit answer 409 instead of overwriting. What readers see changes only when it is published again.',
      body: storyInput,
      response: 'StoryDocument',
      token: 'editor',
      errors: { ...write, '409': 'The story was saved since that revision' },
    },
    {
      method: 'post',
      path: '/api/stories/{story}/publish',
      pathParams: ['story'],
      summary: 'Publish a story',
      description:
        "Pins the draft: each step's subgraph, dated facts and sources are stored in the story, so later edits of the graph do not change what readers see until it is published again.",
      response: 'StoryDocument',
      token: 'editor',
      errors: { ...write, '409': 'The story was saved while it was being published' },
    },
    {
      method: 'get',
      path: '/api/stories/{story}/frozen',
      pathParams: ['story'],
      summary: 'A published story as one self-contained HTML file',
      description:
        'Every step, its data, code and styles inline; opens from disk (file://) with no network request. `mode=scroll` advances with the page scroll.',
      query: storyFrozenQuery,
      response: { mediaTypes: ['text/html'] },
      errors: read,
    },
  ];
}
