// The story embed's messages (pure): what it tells its host (ready, the step shown, its height)
// and the host commands it follows (the scroll listener's progress, or a step to show).
import { EMBED_CHANNEL } from '../../../server/domain/embed-view';

/** What the story embed tells its host (posted as `{source, version, type, …}`). */
export type StoryEvent =
  | { readonly type: 'ready'; readonly title: string; readonly steps: number }
  | { readonly type: 'step'; readonly step: number; readonly steps: number }
  | { readonly type: 'height'; readonly height: number };

/** What a host may ask: how far it has scrolled through the story (0 to 1), or a step (from 1). */
export type StoryCommand =
  | { readonly type: 'scroll'; readonly progress: number }
  | { readonly type: 'step'; readonly step: number };

/** Reads a host command; undefined for anything else (other channels, malformed values). */
export function readStoryCommand(data: unknown): StoryCommand | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.target !== EMBED_CHANNEL) return undefined;
  if (m.type === 'scroll' && typeof m.progress === 'number' && Number.isFinite(m.progress)) {
    return { type: 'scroll', progress: Math.min(1, Math.max(0, m.progress)) };
  }
  if (m.type === 'step' && typeof m.step === 'number' && Number.isInteger(m.step)) {
    return { type: 'step', step: m.step };
  }
  return undefined;
}

/** The step (from 0) a scroll progress shows: the story's `count` steps share the scroll evenly. */
export function stepOfProgress(progress: number, count: number): number {
  return Math.max(0, Math.min(count - 1, Math.floor(progress * count)));
}

/** The step (from 0) `#step=N` (N from 1) names, or undefined when the hash names none. */
export function stepOfHash(hash: string, count: number): number | undefined {
  const m = /(?:^#|&)step=(\d{1,4})(?:&|$)/.exec(hash);
  if (!m?.[1]) return undefined;
  const n = Number(m[1]);
  return n >= 1 && n <= count ? n - 1 : undefined;
}
