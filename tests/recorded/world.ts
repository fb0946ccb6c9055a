// A small recorded world, as the Cypher files return it: three entities, one source, three facts.
import type { Row } from '../../server/neo4j/gateway';

/** An `entities-by-id` / `graph-entities` row. */
export function entityRow(id: string, kind: string, name: string): Row {
  return {
    id,
    kind,
    name,
    aliases: [],
    summary: null,
    props: { id, kind, name },
    ints: [],
    labels: [],
  };
}

/** A fact row (`subject`, `type`, `object`, `props`) citing source `press`. */
export function factRow(
  id: string,
  type: string,
  subject: string,
  object: string,
  time: Record<string, string>,
): Row {
  return {
    subject,
    type,
    object,
    props: { id, sourceIds: ['press'], citationSources: ['press'], ...time },
  };
}

/** A time point of day precision under `key` (`at`, `start`, `end`), stored as the loader does. */
function day(key: string, date: string): Record<string, string> {
  return {
    [`${key}Date`]: date,
    [`${key}Precision`]: 'day',
    [`${key}Earliest`]: date,
    [`${key}Latest`]: date,
  };
}

export const KERING = entityRow('kering', 'Company', 'Kering');
export const GUCCI = entityRow('gucci', 'Brand', 'Gucci');
export const AACC = entityRow('aacc', 'Organization', 'Anti-Counterfeiting Coalition');

/** Kering owns Gucci since 1999-03-19. */
export const OWNS = factRow('f-owns', 'OWNS', 'kering', 'gucci', day('start', '1999-03-19'));
/** Gucci was a member of the coalition from 2010-04-01 to 2014-05-01. */
export const MEMBER = factRow('f-member', 'MEMBER_OF', 'gucci', 'aacc', {
  ...day('start', '2010-04-01'),
  ...day('end', '2014-05-01'),
});
/** Gucci left the coalition on 2014-05-01. */
export const LEFT = factRow('f-left', 'LEFT', 'gucci', 'aacc', day('at', '2014-05-01'));

export const PRESS: Row = {
  id: 'press',
  kind: 'press-release',
  title: 'Gucci leaves the coalition',
  publisher: 'aacc',
  url: 'https://example.org/press',
  published: '2014-05-01',
  author: null,
};

/** The source as the wire format carries it (null author left out). */
export const PRESS_SOURCE = {
  id: 'press',
  kind: 'press-release',
  title: 'Gucci leaves the coalition',
  publisher: 'aacc',
  published: '2014-05-01',
  url: 'https://example.org/press',
};
