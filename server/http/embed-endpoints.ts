// The embed operations of the OpenAPI document: an embed's data, its links, the frozen file and
// oEmbed (see README, "Embedding a view").
import * as embed from '../embed/embed-schemas';
import { oembedQuery } from '../embed/oembed-query';
import type { Endpoint } from './endpoint';

/** Embeds and oEmbed (see README, "Embedding a view"). */
export function embedEndpoints(): Endpoint[] {
  const signature = { '403': 'Signature missing (with a signing key), changed or forged' };
  return [
    {
      method: 'get',
      path: '/api/embed/view',
      summary: "An embed's data",
      description:
        "The view's entities, facts, sources and dated facts, nothing beyond them. Open without the analyst token; with a signing key the view must carry its own signature.",
      query: embed.embedViewQuery,
      response: 'EmbedPayload',
      errors: signature,
    },
    {
      method: 'get',
      path: '/api/embed/sign',
      summary: 'Embed links for a view',
      description:
        'The signed embed URL, its iframe snippet, its oEmbed URL and its frozen-file URL (the Embed button). Needs the analyst token when one is configured: only analysts mint signatures.',
      query: embed.embedSignQuery,
      response: 'EmbedLink',
      errors: {
        '401': 'Missing or wrong analyst token (when ANALYST_TOKEN is set)',
        '404': 'The view names an entity that does not exist',
      },
    },
    {
      method: 'get',
      path: '/api/embed/frozen',
      summary: 'A view as one self-contained HTML file',
      description:
        'Data, code and styles inline; opens from disk or any static host with no network request. Signed like the embed data.',
      query: embed.embedFrozenQuery,
      response: { mediaTypes: ['text/html'] },
      errors: signature,
    },
    {
      method: 'get',
      path: '/oembed',
      summary: 'oEmbed for explorer and embed URLs',
      description:
        'type "rich": an iframe of the view within maxwidth and maxheight. With ANALYST_TOKEN set, only signed embed URLs (or requests with the token) are answered. 404 for URLs that are not this app, 501 for format=xml.',
      query: oembedQuery,
      response: 'OEmbedResponse',
      errors: {
        ...signature,
        '404': 'Not a page of this app, or it names an entity that does not exist (oEmbed 2.3.5)',
        '501': 'format=xml',
      },
    },
  ];
}
