// Dated facts as timeline events, in order: pure, shared by the timeline endpoint and embeds.
import type { TimelineEvent } from './api';
import type { FactTypeLookup } from './fact-type-registry';
import type { GraphEdge } from './model';
import { describePoint, describeTime, factSentence } from './sentences';
import { boundsOf, compareTimePoints } from './time';

/**
 * The events of `edges` that may fall in [from, to], ordered by what is known of their time;
 * sentences use the verbs `factTypes` knows.
 */
export function timelineEvents(
  edges: readonly GraphEdge[],
  nameOf: (id: string) => string,
  factTypes: FactTypeLookup,
  from?: string,
  to?: string,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const edge of edges) {
    const a = edge.attributes;
    // Events have `at`, states `start` and `end`: whichever the fact holds are its events.
    for (const role of ['at', 'start', 'end'] as const) {
      const time = a.time[role];
      if (!time) continue;
      const { earliest, latest } = boundsOf(time);
      if (from !== undefined && latest < from) continue;
      if (to !== undefined && earliest > to) continue;
      const plain = factSentence(
        { type: a.type, subject: edge.source, object: edge.target, time: {} },
        nameOf,
        factTypes,
      );
      const sentence =
        role === 'at'
          ? factSentence(
              { type: a.type, subject: edge.source, object: edge.target, time: { at: time } },
              nameOf,
              factTypes,
            )
          : `${role === 'start' ? 'Began' : 'Ended'} ${describeTime({ at: time })}: ${plain}`;
      events.push({
        id: role === 'at' ? edge.key : `${edge.key}:${role}`,
        fact: edge.key,
        role,
        type: a.type,
        subject: edge.source,
        object: edge.target,
        time,
        earliest,
        latest,
        when: describePoint(time),
        sentence,
        ...(a.claim !== undefined ? { claim: a.claim } : {}),
        sources: a.sources,
      });
    }
  }
  return events.sort((x, y) => compareTimePoints(x.time, y.time) || x.id.localeCompare(y.id));
}
