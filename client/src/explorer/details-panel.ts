// The details panel: an entity's facts (dates with precision, sources, quotations, conflicting
// claims side by side), or one fact. Built with textContent only.
import type { EntityDetails, EntityFact } from '../../../server/domain/api';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import type { GraphEdge, SerializedGraph, Source } from '../../../server/domain/model';
import { describeTime, factSentence } from '../../../server/domain/sentences';
import type { TimePoint } from '../../../server/domain/time';
import { attributeTable } from './attribute-table';
import { el, safeLink } from './dom';
import { pagedList } from './paged-list';
import { saidByList } from './said-by-list';

export interface DetailsActions {
  expand(id: string): void;
  /** Takes back an expansion: the entity's neighbours leave unless something else brought them. */
  collapse?(id: string): void;
  isExpanded?(id: string): boolean;
  hide(id: string): void;
  select(id: string): void;
  pathFrom(id: string): void;
  /** Shows only the entity and its neighbours (`depth` 1), or also theirs (`depth` 2). */
  focus?(id: string, depth: 1 | 2): void;
  unpin?(id: string): void;
  /** A warning about a source, e.g. that the import that brought it did not finish. */
  sourceNote?(sourceId: string): string | undefined;
  /** Opens the Embed dialog on this entity and its neighbours; `opener` gets focus back. */
  embed?(id: string, opener: HTMLElement): void;
  /** The entity's merge section (suggested duplicates, merge, undo), when merging is offered. */
  mergeSection?(id: string, name: string): HTMLElement;
  /** The entity's authoring section (edit, add a fact, history), when editing is offered. */
  entityAuthoring?(details: EntityDetails): HTMLElement;
  /** The fact's authoring section (edit, rank, history), when editing is offered. */
  factAuthoring?(edge: GraphEdge): HTMLElement;
}

/** The note for a source by id (none by default). */
type SourceNote = (sourceId: string) => string | undefined;

const PRECISION: Record<TimePoint['precision'], string> = {
  day: 'exact day',
  month: 'month only',
  year: 'year only',
  approximate: 'approximate',
};

function precisionNote(edge: GraphEdge): string {
  const t = edge.attributes.time;
  const parts = [t.at, t.start, t.end]
    .filter((p): p is TimePoint => p !== undefined)
    .map((p) => `${PRECISION[p.precision]}${p.wording ? `, the source says "${p.wording}"` : ''}`);
  return parts.join('; ');
}

function sourceList(
  edge: GraphEdge,
  sources: Readonly<Record<string, Source>>,
  names: (id: string) => string,
  sourceNote: SourceNote,
): HTMLElement {
  const list = el('ul', { className: 'sources' });
  for (const c of edge.attributes.sources) {
    const s = sources[c.source];
    const warning = sourceNote(c.source);
    const item = el(
      'li',
      {},
      safeLink(s?.url, s?.title ?? c.source),
      el('span', { className: 'meta', text: s ? ` — ${names(s.publisher)}, ${s.published}` : '' }),
      c.via ? el('span', { className: 'meta', text: ` (citing ${names(c.via)})` }) : null,
      c.note ? el('div', { className: 'note', text: c.note }) : null,
      c.span ? el('blockquote', { className: 'span', text: `“${c.span.text}”` }) : null,
      c.quote
        ? el(
            'blockquote',
            { text: `“${c.quote.text}”` },
            el('cite', { text: ` — ${names(c.quote.speaker)}` }),
          )
        : null,
      warning ? el('p', { className: 'warning source-note', text: warning }) : null,
    );
    list.append(item);
  }
  return list;
}

function factBlock(
  edge: GraphEdge,
  sentence: string,
  sources: Readonly<Record<string, Source>>,
  names: (id: string) => string,
  sourceNote: SourceNote = () => undefined,
): HTMLElement {
  const note = precisionNote(edge);
  return el(
    'div',
    { className: 'fact', attrs: { 'data-fact': edge.key } },
    el('p', { className: 'sentence', text: sentence }),
    note ? el('p', { className: 'meta', text: note }) : null,
    sourceList(edge, sources, names, sourceNote),
  );
}

/** Renders one entity with all its facts. */
export function renderEntity(
  panel: HTMLElement,
  details: EntityDetails,
  actions: DetailsActions,
  pinned: boolean,
  knownName: (id: string) => string = (id) => id,
): void {
  const names = new Map(details.facts.map((f) => [f.other.id, f.other.name]));
  names.set(details.entity.id, details.entity.name);
  const nameOf = (id: string): string => names.get(id) ?? knownName(id);
  const note: SourceNote = (sourceId) => actions.sourceNote?.(sourceId);
  const byKey = new Map(details.facts.map((f) => [f.fact.key, f]));
  const button = (text: string, onClick: () => void): HTMLButtonElement => {
    const b = el('button', { text, attrs: { type: 'button' } });
    b.addEventListener('click', onClick);
    return b;
  };
  const id = details.entity.id;
  const shown = new Set<string>();
  const facts = el('ol', { className: 'facts' });
  const sorted = [...details.facts].sort((a, b) => when(a).localeCompare(when(b)));
  const make = (f: EntityFact): HTMLElement | null => {
    if (shown.has(f.fact.key)) return null;
    shown.add(f.fact.key);
    const item = el('li', {}, factBlock(f.fact, f.sentence, details.sources, nameOf, note));
    const other = el('button', {
      className: 'link',
      text: `Go to ${f.other.name}`,
      attrs: { type: 'button' },
    });
    other.addEventListener('click', () => actions.select(f.other.id));
    item.append(other);
    const rivals = f.conflictsWith
      .map((k) => byKey.get(k))
      .filter((x): x is EntityFact => x !== undefined);
    if (rivals.length > 0) {
      const side = el(
        'div',
        { className: 'conflict' },
        el('p', { className: 'warning', text: 'Sources disagree:' }),
      );
      const pair = el(
        'div',
        { className: 'side-by-side' },
        factBlock(f.fact, f.sentence, details.sources, nameOf, note),
      );
      for (const r of rivals) {
        shown.add(r.fact.key);
        pair.append(factBlock(r.fact, r.sentence, details.sources, nameOf, note));
        for (const [k, v] of Object.entries(r.fact.attributes.attributes)) {
          if (k === 'amount' || k === 'currency')
            pair.lastElementChild?.append(
              el('p', { className: 'meta', text: `${k}: ${String(v)}` }),
            );
        }
      }
      for (const [k, v] of Object.entries(f.fact.attributes.attributes)) {
        if (k === 'amount' || k === 'currency')
          pair.firstElementChild?.append(
            el('p', { className: 'meta', text: `${k}: ${String(v)}` }),
          );
      }
      side.append(pair);
      item.replaceChildren(side, other);
    }
    return item;
  };
  // A hub's thousand facts: a page at a time (rivals of a drawn fact are drawn with it).
  const more = pagedList(facts, sorted, make, 'facts');
  const aliases =
    details.entity.aliases.length > 0 ? `Also: ${details.entity.aliases.join(', ')}` : '';
  const parts: (HTMLElement | null)[] = [
    el('h2', { text: details.entity.name, attrs: { tabindex: '-1', dir: 'auto' } }),
    el('p', {
      className: 'meta',
      text: `${details.entity.kind}${details.entity.summary ? ` — ${details.entity.summary}` : ''}`,
    }),
    aliases ? el('p', { className: 'meta', text: aliases }) : null,
    attributeTable(details.entity.attributes),
    saidByList(details.entity),
    el(
      'div',
      { className: 'actions' },
      actions.isExpanded?.(id) && actions.collapse
        ? button('Collapse', () => actions.collapse?.(id))
        : button('Expand', () => actions.expand(id)),
      button('Hide', () => actions.hide(id)),
      button('Paths from here', () => actions.pathFrom(id)),
      actions.focus ? button('Only this and its neighbours', () => actions.focus?.(id, 1)) : null,
      actions.focus ? button('… and their neighbours', () => actions.focus?.(id, 2)) : null,
      pinned && actions.unpin ? button('Unpin', () => actions.unpin?.(id)) : null,
      actions.embed ? embedButton(button, (b) => actions.embed?.(id, b)) : null,
    ),
    actions.mergeSection?.(id, details.entity.name) ?? null,
    actions.entityAuthoring?.(details) ?? null,
    el('h3', { text: `${details.facts.length} facts` }),
    facts,
    more,
  ];
  panel.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
}

/** "Embed…": opens the Embed dialog on the entity, told which button asked. */
function embedButton(
  button: (text: string, onClick: () => void) => HTMLButtonElement,
  embed: (opener: HTMLElement) => void,
): HTMLButtonElement {
  const b: HTMLButtonElement = button('Embed…', () => embed(b));
  return b;
}

function when(f: EntityFact): string {
  const t = f.fact.attributes.time;
  return (t.at ?? t.start ?? t.end)?.date ?? '9999';
}

/** Renders one fact from the loaded graph, its sentence with the verbs `factTypes` knows. */
export function renderFact(
  panel: HTMLElement,
  edge: GraphEdge,
  graph: SerializedGraph,
  actions: DetailsActions,
  factTypes: FactTypeLookup,
): void {
  const names = new Map(graph.nodes.map((n) => [n.key, n.attributes.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const sentence = factSentence(
    {
      type: edge.attributes.type,
      subject: edge.source,
      object: edge.target,
      time: edge.attributes.time,
    },
    nameOf,
    factTypes,
  );
  const attributes = el('dl', { className: 'attributes' });
  for (const [k, v] of Object.entries(edge.attributes.attributes)) {
    attributes.append(
      el('dt', { text: k }),
      el('dd', { text: Array.isArray(v) ? v.join(', ') : String(v) }),
    );
  }
  const goTo = (id: string): HTMLButtonElement => {
    const b = el('button', { className: 'link', text: nameOf(id), attrs: { type: 'button' } });
    b.addEventListener('click', () => actions.select(id));
    return b;
  };
  panel.replaceChildren(
    el('h2', { text: sentence, attrs: { tabindex: '-1' } }),
    el('p', { className: 'meta', text: describeTime(edge.attributes.time) || 'No date given' }),
    factBlock(edge, '', graph.attributes.sources, nameOf, (id) => actions.sourceNote?.(id)),
    attributes,
    el('p', {}, goTo(edge.source), document.createTextNode(' → '), goTo(edge.target)),
  );
  const authoring = actions.factAuthoring?.(edge);
  if (authoring) panel.append(authoring);
}
