// The story in the details panel, of the entity alone or of a set: the entity and its
// neighbours (`storyOf` takes a set), one button switching between the two.
import type { Timeline } from '../../../server/domain/api';
import { el } from '../explorer/dom';
import { storyOf } from './story';
import { renderStory } from './story-panel';

/** Whose story the details tell: the entity, and the neighbours a set story adds. */
export interface StorySubject {
  readonly id: string;
  readonly name: string;
  readonly neighbours: readonly string[];
}

/**
 * Appends `subject`'s story to `panel` (its dated facts and the events around them within
 * `around` days) and, when it has neighbours, a button that tells the story of the entity and
 * its neighbours instead (and back): one line per happening, every source cited.
 */
export function renderSetStory(
  panel: HTMLElement,
  timeline: Timeline,
  subject: StorySubject,
  disputed: ReadonlySet<string>,
  around: number,
): void {
  const holder = el('div', { className: 'story-holder' });
  panel.append(holder);
  const show = (wide: boolean): void => {
    const set = new Set(wide ? [subject.id, ...subject.neighbours] : [subject.id]);
    const name = wide ? `${subject.name} and its neighbours` : subject.name;
    holder.replaceChildren();
    renderStory(
      holder,
      wide ? `${subject.id}-and-neighbours` : subject.id,
      name,
      storyOf(timeline, wide ? set : subject.id, disputed, around),
    );
    if (subject.neighbours.length === 0) return;
    const toggle = el('button', {
      className: 'story-scope',
      text: wide ? `Story of ${subject.name} alone` : `Story of ${subject.name} and its neighbours`,
      attrs: { type: 'button' },
    });
    toggle.addEventListener('click', () => {
      show(!wide);
      holder.querySelector<HTMLButtonElement>('button.story-scope')?.focus();
    });
    const actions = holder.querySelector('.story-section .actions');
    if (actions) actions.prepend(toggle);
    else holder.append(toggle);
  };
  show(false);
}
