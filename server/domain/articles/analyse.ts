// One article analysed: sentences, mentions of known entities, new names, dates and fact
// proposals, all with offsets into the text as given. Pure and local: no I/O, no network.
import type { EntityKind } from '../vocabulary';
import { withReferents } from './anaphora';
import { findDates, type DateMention } from './dates';
import { findMentions, MentionDictionary, type KnownEntity, type Mention } from './mentions';
import { findNewEntities, type NewEntity } from './new-entities';
import { proposeFacts, type Proposal } from './proposals';
import { splitSentences } from './sentences';

/** What an analysis needs of the article: its text and publication date. */
export interface ArticleText {
  readonly text: string;
  /** Publication date at the precision known: `2016`, `2016-05` or `2016-05-11`. */
  readonly published: string;
}

/** What the text holds: known mentions, new names, dates and proposed facts. */
export interface TextAnalysis {
  readonly mentions: Mention[];
  readonly newEntities: NewEntity[];
  readonly dates: DateMention[];
  readonly proposals: Proposal[];
}

/**
 * Analyses an article against the known entities (those whose names the text may hold; more
 * do no harm). Nothing is written and nothing leaves the process. Throws RangeError for an
 * invalid publication date.
 */
export function analyseArticle(
  article: ArticleText,
  entities: readonly KnownEntity[],
): TextAnalysis {
  const { text, published } = article;
  const kinds = new Map<string, EntityKind>(entities.map((e) => [e.id, e.kind]));
  const sentences = splitSentences(text);
  const mentions = findMentions(text, new MentionDictionary(entities));
  const dates = findDates(text, published);
  const newEntities = findNewEntities(text, sentences, [...mentions, ...dates]);
  const referents = withReferents(text, mentions, (id) => kinds.get(id));
  const proposals = proposeFacts(text, sentences, referents, dates);
  return { mentions, newEntities, dates, proposals };
}
