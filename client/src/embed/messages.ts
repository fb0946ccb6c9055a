// The embed's messages to and from its host page (postMessage), pure: what it posts, which
// commands it accepts, and from which origins.
import { EMBED_CHANNEL } from '../../../server/domain/embed-view';
import { isIsoDay } from '../../../server/domain/time';
import { ENTITY_ID_PATTERN } from '../../../server/domain/vocabulary';

export { EMBED_CHANNEL };

/** What the embed tells its host. */
export type EmbedEvent =
  | {
      readonly type: 'ready';
      readonly title: string;
      readonly entities: number;
      readonly facts: number;
    }
  | {
      readonly type: 'select';
      readonly selection: {
        readonly kind: 'entity' | 'fact';
        readonly id: string;
        readonly name: string;
      } | null;
    }
  | {
      readonly type: 'time';
      readonly asOf: string | null;
      readonly from: string | null;
      readonly to: string | null;
    }
  | { readonly type: 'error'; readonly message: string }
  /** The height (CSS px) the embed wants for its width; the snippet's listener applies it. */
  | { readonly type: 'height'; readonly height: number };

/** What a host may ask: focus (select and centre) an entity of the view, or set the date. */
export type EmbedCommand =
  | { readonly type: 'focus'; readonly entity: string }
  | { readonly type: 'setDate'; readonly date: string | null };

/** The message posted for an event: `{ source, version, type, … }`. */
export function eventMessage(event: EmbedEvent): Record<string, unknown> {
  return { source: EMBED_CHANNEL, version: 1, ...event };
}

/**
 * Reads a command: undefined for messages not meant for the embed, a string saying what is
 * wrong for malformed commands.
 */
export function readCommand(data: unknown): EmbedCommand | string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.target !== EMBED_CHANNEL) return undefined;
  if (m.type === 'focus') {
    return typeof m.entity === 'string' && ENTITY_ID_PATTERN.test(m.entity)
      ? { type: 'focus', entity: m.entity }
      : 'focus needs "entity": an entity id';
  }
  if (m.type === 'setDate') {
    if (m.date === null) return { type: 'setDate', date: null };
    return typeof m.date === 'string' && isIsoDay(m.date)
      ? { type: 'setDate', date: m.date }
      : 'setDate needs "date": a day written YYYY-MM-DD, or null for every date';
  }
  return `unknown command ${JSON.stringify(m.type)}: use focus or setDate`;
}

/** Whether `origin` may command the embed: the allowlist holds it, or holds `*`. */
export function originAllowed(origin: string, allowlist: readonly string[]): boolean {
  return allowlist.includes('*') || allowlist.includes(origin);
}

/** The target origins to post events to: `*` for any, else each allowed origin. */
export function postTargets(allowlist: readonly string[]): string[] {
  return allowlist.includes('*') ? ['*'] : [...allowlist];
}
