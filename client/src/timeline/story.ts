// An entity's story: its dated facts as sentences in order, with sources, as CSV, JSON or
// Markdown for a journalist to copy. Pure.
import type { Timeline, TimelineEvent } from '../../../server/domain/api';
import { csvCell } from '../../../server/domain/export/csv';

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
}

/** The dated facts of one entity, in order, each with its sources. */
export function storyOf(
  timeline: Timeline,
  entity: string,
  disputedClaims: ReadonlySet<string>,
): StoryLine[] {
  return timeline.events
    .filter((e: TimelineEvent) => e.subject === entity || e.object === entity)
    .map((e) => ({
      when: e.when,
      earliest: e.earliest,
      latest: e.latest,
      precision: e.time.precision,
      wording: e.time.wording ?? '',
      sentence: e.sentence,
      sources: e.sources.map((c) => {
        const s = timeline.sources[c.source];
        return {
          title: s?.title ?? c.source,
          publisher: s ? (timeline.entities[s.publisher] ?? s.publisher) : '',
          published: s?.published ?? '',
          url: s?.url ?? '',
        };
      }),
      disputed: e.claim !== undefined && disputedClaims.has(e.claim),
    }));
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
