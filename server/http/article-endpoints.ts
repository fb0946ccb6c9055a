// The article operations of the OpenAPI document (issue 17: from an article to proposed facts).
import { articleAnalyseBody } from '../domain/wire/articles';
import type { Endpoint } from './endpoint';

/** The article endpoints, in the order the document lists them. */
export function articleEndpoints(): Endpoint[] {
  return [
    {
      method: 'post',
      path: '/api/articles/analyse',
      summary: 'Analyse an article',
      description:
        "Finds mentions of known entities (names and aliases, case- and accent-insensitive; ambiguous ones list `candidates`), capitalised names that match nothing (`newEntities`, with a guessed kind), the dates the text states (explicit ones parsed, relative ones resolved against `published`, the source's wording kept) and fact proposals (subject, type, object, time, and the sentence as evidence). Offsets are UTF-16 offsets into `text`. Nothing is written and no outside service is called. Needs the editor token; 403 when the server has none.",
      body: articleAnalyseBody,
      response: 'ArticleAnalysis',
      token: 'editor',
    },
  ];
}
