// One step in the story panel's list: what it shows in words, its caption (edited, and drawn as
// readers will see it), and its buttons (show, use the current view, move, delete).
import type { StoryStep } from '../../../server/domain/wire/story';
import { LIMITS } from '../../../server/domain/limits';
import { el } from '../explorer/dom';
import { renderCaption } from './caption';
import { describeView } from './story-draft';

/** What a step's buttons and caption field do. */
export interface StepItemActions {
  readonly show: () => void;
  readonly useCurrent: () => void;
  readonly move: (by: number) => void;
  readonly remove: () => void;
  readonly caption: (text: string) => void;
}

const button = (
  text: string,
  label: string,
  onClick: () => void,
  disabled = false,
): HTMLButtonElement => {
  const b = el('button', { text, attrs: { type: 'button', 'aria-label': label } });
  b.disabled = disabled;
  b.addEventListener('click', onClick);
  return b;
};

/** The list item of step `i` (from 0) of `count`, with the sources it cites (`sources`). */
export function stepItem(
  step: StoryStep,
  i: number,
  count: number,
  sources: readonly string[],
  actions: StepItemActions,
): HTMLLIElement {
  const n = i + 1;
  const caption = el('textarea', {
    attrs: {
      rows: '3',
      'aria-label': `Caption of step ${n}`,
      maxlength: String(LIMITS.storyCaptionChars),
      'data-step': String(n),
    },
  });
  caption.value = step.caption;
  const preview = el('div', {
    className: 'story-caption-preview',
    attrs: { 'aria-label': `Preview of step ${n}` },
  });
  renderCaption(preview, step.caption);
  caption.addEventListener('input', () => {
    actions.caption(caption.value);
    renderCaption(preview, caption.value);
  });
  return el(
    'li',
    { className: 'story-step', attrs: { 'data-step': String(n) } },
    el('p', { className: 'meta', text: `Step ${n}: ${describeView(step.view)}` }),
    caption,
    preview,
    el('p', {
      className: 'meta story-step-sources',
      text:
        sources.length > 0
          ? `Sources: ${sources.join('; ')}`
          : 'Sources: those of the facts it draws (select or highlight facts to cite fewer).',
    }),
    el(
      'div',
      { className: 'story-step-buttons', attrs: { role: 'group', 'aria-label': `Step ${n}` } },
      button('Show', `Show step ${n} in the explorer`, actions.show),
      button(
        'Use current view',
        `Replace step ${n}'s view with the current one`,
        actions.useCurrent,
      ),
      button('↑', `Move step ${n} up`, () => actions.move(-1), i === 0),
      button('↓', `Move step ${n} down`, () => actions.move(1), i === count - 1),
      button('Delete', `Delete step ${n}`, actions.remove),
    ),
  );
}
