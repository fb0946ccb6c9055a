// Time travel controls: an "as of" day (date input and a slider over the event days), play and
// pause through the events in order, and a comparison of two days.
import { describePoint } from '../../../server/domain/sentences';
import { el } from '../explorer/dom';
import { compareProblem } from './compare-check';

export interface TimeControlActions {
  setAsOf(day: string | undefined): void;
  /** Record time: the graph as known on `day` (undefined: now). */
  setKnown(day: string | undefined): void;
  setPlaying(playing: boolean): void;
  setLanes(by: 'entity' | 'type'): void;
  compare(from: string, to: string): void;
  clearCompare(): void;
}

export interface TimeControls {
  /** Sets the days the slider steps through (the events' first possible days). */
  setDays(days: readonly string[]): void;
  show(
    asOf: string | undefined,
    compare: { from: string; to: string } | undefined,
    known?: string,
  ): void;
  showChanges(items: readonly { sentence: string; sources: readonly string[] }[]): void;
  /** Starts stepping through the events (as when a shared link says it was playing). */
  play(): void;
}

/**
 * The time controls in `root`: an as-of day, play and pause through events, a comparison of two
 * days.
 */
export function createTimeControls(root: HTMLElement, actions: TimeControlActions): TimeControls {
  let days: readonly string[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  const asOf = el('input', { attrs: { type: 'date', 'aria-label': 'As of' } });
  const slider = el('input', {
    attrs: { type: 'range', min: '0', max: '0', value: '0', 'aria-label': 'As of, by event' },
  });
  const play = el('button', { text: 'Play', attrs: { type: 'button', 'aria-pressed': 'false' } });
  const now = el('button', { text: 'All time', attrs: { type: 'button' } });
  // Record time beside valid time: what the graph said on a past day (`known=`).
  const known = el('input', { attrs: { type: 'date', 'aria-label': 'As known on' } });
  const knownNow = el('button', { text: 'As known now', attrs: { type: 'button' } });
  known.addEventListener('change', () =>
    actions.setKnown(known.value === '' ? undefined : known.value),
  );
  knownNow.addEventListener('click', () => actions.setKnown(undefined));
  const from = el('input', { attrs: { type: 'date', 'aria-label': 'Compare from' } });
  const to = el('input', { attrs: { type: 'date', 'aria-label': 'Compare to' } });
  const compare = el('button', { text: 'What changed', attrs: { type: 'button' } });
  const list = el('ol', { className: 'changes', attrs: { 'aria-live': 'polite' } });
  const lanes = el('select', { attrs: { 'aria-label': 'Timeline lanes' } });
  lanes.append(
    el('option', { text: 'Lanes by entity', attrs: { value: 'entity' } }),
    el('option', { text: 'Lanes by fact type', attrs: { value: 'type' } }),
  );
  lanes.addEventListener('change', () =>
    actions.setLanes(lanes.value === 'type' ? 'type' : 'entity'),
  );
  const stop = (): void => {
    const wasPlaying = timer !== undefined;
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
    if (wasPlaying) actions.setPlaying(false);
  };
  asOf.addEventListener('change', () => {
    stop();
    actions.setAsOf(asOf.value === '' ? undefined : asOf.value);
  });
  // Screen readers read the slider's day, not its index (aria-valuetext).
  const sayDay = (): void => {
    const day = days[Number(slider.value)];
    slider.setAttribute(
      'aria-valuetext',
      day
        ? `${describePoint({ date: day, precision: 'day' })}, event day ${Number(slider.value) + 1} of ${days.length}`
        : 'No dated events',
    );
  };
  slider.addEventListener('input', () => {
    stop();
    sayDay();
    actions.setAsOf(days[Number(slider.value)]);
  });
  now.addEventListener('click', () => {
    stop();
    actions.setAsOf(undefined);
  });
  const start = (): void => {
    // A readable pace; slower still for readers who asked the system for less motion.
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    let i = Math.min(Number(slider.value), days.length - 1);
    if (i >= days.length - 1) i = -1;
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    const step = (): void => {
      i += 1;
      if (i >= days.length) {
        stop();
        return;
      }
      actions.setAsOf(days[i]);
    };
    timer = setInterval(step, reduced ? 2500 : 1300);
    actions.setPlaying(true);
    step();
  };
  play.addEventListener('click', () => {
    if (timer !== undefined) stop();
    else start();
  });
  compare.addEventListener('click', () => {
    const problem = compareProblem(
      { value: from.value, partial: from.validity.badInput },
      { value: to.value, partial: to.validity.badInput },
    );
    if (problem) list.replaceChildren(el('li', { className: 'error', text: problem }));
    else actions.compare(from.value, to.value);
  });
  root.replaceChildren(
    el('label', {}, document.createTextNode('As of '), asOf),
    slider,
    play,
    now,
    el('label', {}, document.createTextNode('As known on '), known),
    knownNow,
    el('span', { className: 'sep' }),
    el('label', {}, document.createTextNode('Changes from '), from),
    el('label', {}, document.createTextNode(' to '), to),
    compare,
    lanes,
    list,
  );
  return {
    setDays(next) {
      days = next;
      slider.max = String(Math.max(0, days.length - 1));
      sayDay();
    },
    show(day, range, knownOn) {
      asOf.value = day ?? '';
      known.value = knownOn ?? '';
      knownNow.hidden = knownOn === undefined;
      if (day !== undefined) {
        const index = days.findIndex((d) => d >= day);
        slider.value = String(index < 0 ? days.length - 1 : index);
      }
      sayDay();
      from.value = range?.from ?? from.value;
      to.value = range?.to ?? to.value;
      if (!range) list.replaceChildren();
    },
    play() {
      if (timer === undefined) start();
    },
    showChanges(items) {
      list.replaceChildren(
        ...(items.length === 0
          ? [el('li', { text: 'Nothing began or ended between those days.' })]
          : items.map((c) =>
              el(
                'li',
                { text: c.sentence },
                el('span', { className: 'meta', text: ` (${c.sources.join(', ')})` }),
              ),
            )),
      );
    },
  };
}
