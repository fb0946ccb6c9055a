// The details panel, kept in step with the store: after a selection, an expansion, a collapse or
// an undo it shows the selected entity (read from the API, with its story) or fact, once the
// view's data has arrived; after a hide it says how to bring the entity back.
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import { fetchEntity } from '../api';
import { timelineOf } from '../timeline/graph-timeline';
import { renderSetStory } from '../timeline/set-story';
import { renderEntity, renderFact, type DetailsActions } from './details-panel';
import { el } from './dom';
import type { ActionType } from './state/actions';
import { mayDraw } from './state/draw-inputs';
import { nameOf } from './state/explorer-state';
import type { ExplorerStore } from './state/store';

/** Actions after which the details show the selection again (when they changed the view). */
/** How many days around an entity's own events its story tells its partners' events. */
export const STORY_AROUND_DAYS = 31;

const SHOW_AGAIN: ReadonlySet<ActionType> = new Set<ActionType>([
  'select',
  'known',
  'expand',
  'collapse',
  'undo',
  'redo',
]);

/** What the details need beyond the state: the panel's buttons, and whether an entity is pinned. */
export interface DetailsHost {
  readonly actions: DetailsActions;
  readonly isPinned: (id: string) => boolean;
  /** The explorer's fact types: the sentences' verbs. */
  readonly factTypes: FactTypeLookup;
}

/** The details panel of the selected entity or fact. */
export class DetailsView {
  private pending = false;
  /** Whether the next details shown take the keyboard focus (their heading). */
  private focusNext = false;

  constructor(
    private readonly panel: HTMLElement,
    private readonly store: ExplorerStore,
    private readonly host: DetailsHost,
  ) {
    store.subscribe((state, previous, action) => {
      const changed = state.view !== previous.view;
      if (changed && action.type === 'hide') {
        const text = `${nameOf(state, action.id)} is hidden. Undo brings it back.`;
        panel.replaceChildren(el('p', { className: 'meta', text }));
        return;
      }
      if (changed && SHOW_AGAIN.has(action.type)) this.pending = true;
      if (this.pending && mayDraw(state, action)) {
        this.pending = false;
        void this.show();
      }
    });
  }

  /**
   * The next entity or fact shown takes the focus (its heading, `tabindex=-1`), so a keyboard
   * reader who picked it from the search box is one Tab from its first control.
   */
  focusOnShow(): void {
    this.focusNext = true;
  }

  private takeFocus(): void {
    if (!this.focusNext) return;
    this.focusNext = false;
    this.panel.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Shows the selected entity or fact (or how to select one). */
  async show(): Promise<void> {
    const state = this.store.getState();
    const selected = state.view.selected;
    const panel = this.panel;
    if (!selected) {
      const text = 'Select an entity or a fact to see its details and sources.';
      panel.replaceChildren(el('p', { className: 'meta', text }));
      return;
    }
    if (selected.kind === 'fact') {
      const edge = state.data.graph.edges.find((e) => e.key === selected.id);
      if (edge) renderFact(panel, edge, state.data.graph, this.host.actions, this.host.factTypes);
      else panel.replaceChildren(el('p', { text: 'That fact is not in the view.' }));
      this.takeFocus();
      return;
    }
    panel.replaceChildren(el('p', { className: 'meta', text: 'Loading…' }));
    try {
      const details = await fetchEntity(selected.id, this.store.getState().view.known);
      const now = this.store.getState();
      if (now.view.selected?.id !== selected.id) return;
      renderEntity(panel, details, this.host.actions, this.host.isPinned(selected.id), (id) =>
        nameOf(this.store.getState(), id),
      );
      this.takeFocus();
      // The entity's story from its own facts (all of them, not only those loaded).
      const names = {
        ...Object.fromEntries(now.data.graph.nodes.map((n) => [n.key, n.attributes.name])),
        [details.entity.id]: details.entity.name,
        ...Object.fromEntries(details.facts.map((f) => [f.other.id, f.other.name])),
      };
      // Its own facts, and the loaded facts of its partners, for the events around its own.
      const own = new Set(details.facts.map((f) => f.fact.key));
      const around = now.data.graph.edges.filter((e) => !own.has(e.key));
      const timeline = timelineOf(
        [...details.facts.map((f) => f.fact), ...around],
        names,
        { ...now.data.graph.attributes.sources, ...details.sources },
        this.host.factTypes,
      );
      const disputed = new Set(
        details.facts.flatMap((f) =>
          f.conflictsWith.length > 0 && f.fact.attributes.claim ? [f.fact.attributes.claim] : [],
        ),
      );
      // The entity's story, or (one button) that of the entity and its neighbours.
      const neighbours = [...new Set(details.facts.map((f) => f.other.id))].filter(
        (id) => id !== details.entity.id,
      );
      renderSetStory(
        panel,
        timeline,
        { id: details.entity.id, name: details.entity.name, neighbours },
        disputed,
        STORY_AROUND_DAYS,
      );
    } catch (error) {
      const text = `Could not load details: ${(error as Error).message}`;
      panel.replaceChildren(el('p', { className: 'error', text }));
    }
  }
}
