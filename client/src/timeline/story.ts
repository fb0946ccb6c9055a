// An entity's story (or a set's): its dated facts as sentences in order, one per happening, with sources, as CSV, JSON or
// Markdown for a journalist to copy. Pure.
import type { Timeline, TimelineEvent } from '../../../server/domain/api';
import { csvCell } from '../../../server/domain/export/csv';
import { leadOf, sameHappenings } from './story-merge';

export interface StoryLine {
  readonly when: string;
  readonly earliest: string;
  readonly latest: string;
  readonly precision: string;
  readonly wording: string;
  readonly sentence: string;
  readonly sources: readonly { title: string; publisher: string; published: string; url: string }[];
  /** Another source gives a different date or figure for the same claim. */
  readonly disputed: boolean;
  /** Not the entities' own fact: what happened around them that their story needs (`around`). */
  readonly context?: true;
}

/** A source as a story line cites it: publisher by name (the publication entity's), never an id. */
export type StorySource = StoryLine['sources'][number];

/**
 * The dated facts of `entities` (one entity, or a set: the selection, an entity and its
 * neighbours), in order, one line per happening (`sameHappenings`: a claim told by several
 * sources, a state's end and the event that ended it) with every source it has. With `around`
 * (days), the story also tells the events that make it: those of the entities' dated partners
 * within `around` days of the entities' own known to a month or better (Alibaba joining and Kors leaving the IACC in
 * Gucci's), marked `context`.
 */
export function storyOf(
  timeline: Timeline,
  entities: string | ReadonlySet<string>,
  disputedClaims: ReadonlySet<string>,
  around = 0,
): StoryLine[] {
  const set = typeof entities === 'string' ? new Set([entities]) : entities;
  const mine = (e: TimelineEvent): boolean => set.has(e.subject) || set.has(e.object);
  const own = timeline.events.filter(mine);
  const context = new Set(around > 0 ? contextOf(timeline.events, own, mine, around) : []);
  const told = timeline.events.filter((e) => mine(e) || context.has(e));
  const lines = sameHappenings(told).flatMap((group) => {
    const lead = leadOf(group);
    if (!lead) return [];
    const cited = new Map<string, StorySource>();
    for (const c of group.flatMap((e) => e.sources)) {
      if (cited.has(c.source)) continue;
      const s = timeline.sources[c.source];
      cited.set(c.source, {
        title: s?.title ?? c.source,
        publisher: s ? (timeline.entities[s.publisher] ?? s.publisher) : '',
        published: s?.published ?? '',
        url: s?.url ?? '',
      });
    }
    return [
      {
        when: lead.when,
        earliest: lead.earliest,
        latest: lead.latest,
        precision: lead.time.precision,
        wording: lead.time.wording ?? '',
        sentence: lead.sentence,
        sources: [...cited.values()],
        disputed: group.some((e) => e.claim !== undefined && disputedClaims.has(e.claim)),
        ...(group.every((e) => context.has(e)) ? { context: true as const } : {}),
      },
    ];
  });
  return lines.sort(
    (a, b) => a.earliest.localeCompare(b.earliest) || a.latest.localeCompare(b.latest),
  );
}

const DAY_MS = 86400000;
const shift = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Events not the entities' own, of their dated partners, within `days` of their own events. */
function contextOf(
  events: readonly TimelineEvent[],
  own: readonly TimelineEvent[],
  mine: (e: TimelineEvent) => boolean,
  days: number,
): TimelineEvent[] {
  // Windows around the entities' own events known to a month or better, `days` wide each way.
  const windows = own
    .filter((e) => Date.parse(e.latest) - Date.parse(e.earliest) <= 31 * DAY_MS)
    .map((e) => [shift(e.earliest, -days), shift(e.latest, days)] as const);
  const partners = new Set(own.flatMap((e) => [e.subject, e.object]));
  return events.filter(
    (e) =>
      !mine(e) &&
      (partners.has(e.subject) || partners.has(e.object)) &&
      windows.some(([from, to]) => e.latest >= from && e.earliest <= to),
  );
}

/** The story as CSV: a header row, then one line per event (when, bounds, sentence, sources). */
export function storyCsv(lines: readonly StoryLine[]): string {
  const header = [
    'when',
    'earliest',
    'latest',
    'precision',
    'source wording',
    'fact',
    'sources',
    'disputed',
  ];
  const rows = lines.map((l) =>
    [
      l.when,
      l.earliest,
      l.latest,
      l.precision,
      l.wording,
      l.sentence,
      l.sources
        .map((s) => `${s.publisher}: ${s.title} (${s.published}) ${s.url}`.trim())
        .join(' | '),
      l.disputed ? 'yes' : 'no',
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\n')}\n`;
}

/** The story as a Markdown list, user text escaped. */
export function storyMarkdown(name: string, lines: readonly StoryLine[]): string {
  const escape = (s: string): string => s.replace(/([\\`*_[\]<>|])/g, '\\$1');
  const body = lines.map((l) => {
    const sources = l.sources
      .map(
        (s) =>
          (s.url
            ? `[${escape(s.title)}](${s.url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`
            : escape(s.title)) + `, ${escape(s.publisher)}, ${s.published}`,
      )
      .join('; ');
    return `- **${escape(l.when)}** — ${escape(l.sentence)}${l.disputed ? ' _(sources disagree)_' : ''} (${sources})`;
  });
  return `## ${escape(name)}: a timeline\n\n${body.join('\n')}\n`;
}

/** The story as JSON (`type` brand-graph/story, `version` 1). */
export function storyJson(entity: string, name: string, lines: readonly StoryLine[]): string {
  return `${JSON.stringify({ type: 'brand-graph/story', version: 1, entity, name, events: lines }, null, 2)}\n`;
}
