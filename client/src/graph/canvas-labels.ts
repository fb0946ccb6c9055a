// The Canvas view's labels: entity names above their discs and fact types at edge midpoints,
// each painted once into a small bitmap (a sprite: the text with its halo) and then copied per
// frame, since stroking text (the halo) is the costliest call of a pan or zoom frame.
import { inRect, visibleRect } from './canvas-detail';
import type { FrameInput } from './canvas-frame';
import type { CanvasScene } from './canvas-scene';

/** At most this many entity labels at once, the marked first, then the best-connected. */
export const MAX_LABELS = 250;
/** At most this many fact labels at once. */
export const MAX_EDGE_LABELS = 120;
/** Sprites kept at most; beyond it the cache starts afresh (labels of a new part of the graph). */
const MAX_SPRITES = 4096;
/**
 * New sprites one frame paints at most beyond the first `SPRITES_ALWAYS`: this many ms' worth;
 * the other labels wait for the next frames, so a large graph's first labels are not one long task.
 */
const SPRITE_BUDGET_MS = 4;
/**
 * New sprites a frame always paints, however slow the machine: one, so labels keep coming. The
 * first sprites of a page are the dearest (a canvas each, the font's first use): three of them
 * made one 52 ms frame at 10,000 entities on a quiet 2-core machine (BENCHMARKS.md, client).
 */
const SPRITES_ALWAYS = 1;
/** The halo's width in CSS pixels (the SVG view's label outline). */
const HALO_PX = 3;

/** How a label is painted: CSS font, fill and halo colours. */
interface LabelStyle {
  readonly font: string;
  readonly fill: string;
  readonly halo: string;
}

/** A label's bitmap and where its anchor (text centre, baseline) lies in it, in CSS pixels. */
interface Sprite {
  readonly canvas: HTMLCanvasElement;
  readonly ax: number;
  readonly ay: number;
}

const sprites = new Map<string, Sprite>();

/** The sprite of `text` in `style` at `ratio` device pixels per CSS pixel, painted on first use. */
function spriteOf(text: string, style: LabelStyle, ratio: number): Sprite | undefined {
  const key = `${ratio}|${style.font}|${style.fill}|${style.halo}|${text}`;
  const known = sprites.get(key);
  if (known) return known;
  if (sprites.size >= MAX_SPRITES) sprites.clear();
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  ctx.font = style.font;
  const m = ctx.measureText(text);
  const pad = HALO_PX;
  const ascent = Math.ceil(m.fontBoundingBoxAscent || m.actualBoundingBoxAscent);
  const descent = Math.ceil(m.fontBoundingBoxDescent || m.actualBoundingBoxDescent);
  const width = Math.ceil(m.width) + 2 * pad;
  const height = ascent + descent + 2 * pad;
  canvas.width = Math.max(1, Math.ceil(width * ratio));
  canvas.height = Math.max(1, Math.ceil(height * ratio));
  ctx.scale(ratio, ratio);
  ctx.font = style.font;
  ctx.textAlign = 'center';
  ctx.lineJoin = 'round';
  ctx.lineWidth = HALO_PX;
  ctx.strokeStyle = style.halo;
  ctx.fillStyle = style.fill;
  const ax = width / 2;
  const ay = pad + ascent;
  ctx.strokeText(text, ax, ay);
  ctx.fillText(text, ax, ay);
  const sprite = { canvas, ax, ay };
  sprites.set(key, sprite);
  return sprite;
}

/** How many new sprites a frame has painted, and from when (`SPRITE_BUDGET_MS`). */
interface SpriteAllowance {
  readonly start: number;
  fresh: number;
  /** Set when a label was left out for want of time. */
  short: boolean;
}

/**
 * Copies `text`'s sprite so its anchor lands on screen point (sx, sy) in CSS pixels; a sprite
 * not painted yet is painted only while `allowance` lasts.
 */
function stamp(
  ctx: CanvasRenderingContext2D,
  text: string,
  style: LabelStyle,
  ratio: number,
  sx: number,
  sy: number,
  allowance: SpriteAllowance,
): void {
  const key = `${ratio}|${style.font}|${style.fill}|${style.halo}|${text}`;
  if (
    !sprites.has(key) &&
    allowance.fresh >= SPRITES_ALWAYS &&
    performance.now() - allowance.start > SPRITE_BUDGET_MS
  ) {
    allowance.short = true;
    return;
  }
  if (!sprites.has(key)) allowance.fresh += 1;
  const s = spriteOf(text, style, ratio);
  if (!s) return;
  ctx.drawImage(s.canvas, Math.round((sx - s.ax) * ratio), Math.round((sy - s.ay) * ratio));
}

/**
 * Entity labels where the display state shows them (`marks.labelOrder`: marked first, then the
 * best-connected, at most `MAX_LABELS` on screen) 4 px above the disc, and fact labels at the
 * midpoints of facts on screen (at most `MAX_EDGE_LABELS`). Leaves the context's transform as
 * the camera's. Returns false when labels were left out to keep the frame short (new sprites
 * beyond `SPRITE_BUDGET_MS`): the caller asks for another frame.
 */
export function paintLabels(
  ctx: CanvasRenderingContext2D,
  scene: CanvasScene,
  input: FrameInput,
  radius: number,
): boolean {
  const { points, marks, palette, transform: t, ratio } = input;
  const allowance: SpriteAllowance = { start: performance.now(), fresh: 0, short: false };
  const view = visibleRect(t, input.width, input.height);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const names = { font: '600 11px system-ui, sans-serif', fill: palette.fg, halo: palette.bg };
  let drawn = 0;
  for (const i of marks.labelOrder) {
    if (drawn >= MAX_LABELS) break;
    const p = points[i];
    if (!p || !inRect(p.x, p.y, view)) continue;
    const name = scene.graph.nodes[i]?.attributes.name ?? '';
    stamp(ctx, name, names, ratio, t.x + t.k * p.x, t.y + t.k * (p.y - radius) - 4, allowance);
    drawn += 1;
  }
  if (marks.edgeLabels && !input.layingOut) {
    const types = { font: '9px system-ui, sans-serif', fill: palette.muted, halo: palette.bg };
    drawn = 0;
    for (let i = 0; i < scene.sources.length && drawn < MAX_EDGE_LABELS; i += 1) {
      const a = points[scene.sources[i] ?? 0];
      const b = points[scene.targets[i] ?? 0];
      if (!a || !b || (scene.loops[i] ?? -1) >= 0) continue;
      const x = (a.x + b.x) / 2;
      const y = (a.y + b.y) / 2;
      if (!inRect(x, y, view)) continue;
      const label = input.factTypes.lookup(scene.edges[i]?.attributes.type ?? '').label;
      stamp(ctx, label, types, ratio, t.x + t.k * x, t.y + t.k * y, allowance);
      drawn += 1;
    }
  }
  ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  return !allowance.short;
}
