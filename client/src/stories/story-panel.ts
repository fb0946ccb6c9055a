// The explorer's story panel: "Add to story" captures the current view as a step; steps get
// captions, are reordered, replaced, deleted and shown; the story is saved (title, summary,
// author) and published with the editor token, and its links and changes since are listed.
import type { StoryDocument } from '../../../server/domain/wire/story';
import { el, safeLink } from '../explorer/dom';
import { publishStory, readStory, saveStory } from './story-api';
import {
  addStep,
  EMPTY_DRAFT,
  moveItem,
  moveStep,
  removeStep,
  replaceView,
  setCaption,
  type CapturedView,
  type StoryDraft,
} from './story-draft';
import { stepItem } from './story-step-item';

/** What the panel asks of the explorer. */
export interface StoryPanelHost {
  /** The view shown now, with its highlight. */
  capture(): CapturedView;
  /** Shows a step's view (its query string) in the explorer. */
  show(view: string): void;
}

const TOKEN_KEY = 'brand-graph-editor-token';

/** Builds the panel in `root` and wires `addButton` ("Add to story") to it. */
export function createStoryPanel(
  root: HTMLElement,
  addButton: HTMLButtonElement,
  host: StoryPanelHost,
): void {
  let draft: StoryDraft = EMPTY_DRAFT;
  // The sources each step cites, as captured (display only; readers see them from the pinned data).
  let cited: (readonly string[])[] = [];
  const field = (name: string, label: string, type = 'text'): HTMLInputElement =>
    el('input', { attrs: { type, name, 'aria-label': label, autocomplete: 'off' } });
  const title = field('title', 'Story title');
  const author = field('author', 'Author');
  const token = field('token', 'Editor token', 'password');
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  const summary = el('textarea', {
    attrs: { name: 'summary', rows: '2', 'aria-label': 'Summary' },
  });
  const list = el('ol', { className: 'story-steps', attrs: { 'aria-label': 'Steps' } });
  const status = el('p', { className: 'meta', attrs: { role: 'status', 'aria-live': 'polite' } });
  const links = el('div', { className: 'story-links' });
  const save = el('button', { text: 'Save story', attrs: { type: 'button' } });
  const publish = el('button', { text: 'Publish', attrs: { type: 'button' } });
  root.replaceChildren(
    el('label', { text: 'Title ' }, title),
    el('label', { text: 'Summary ' }, summary),
    el('label', { text: 'Author ' }, author),
    el('label', { text: 'Editor token ' }, token),
    list,
    el('div', { className: 'story-actions' }, save, publish),
    status,
    links,
  );
  for (const [input, key] of [
    [title, 'title'],
    [summary, 'summary'],
    [author, 'author'],
  ] as const) {
    input.addEventListener('input', () => {
      draft = { ...draft, [key]: input.value };
    });
  }

  const say = (text: string, error = false): void => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };
  const render = (): void => {
    list.replaceChildren(
      ...draft.steps.map((step, i) =>
        stepItem(step, i, draft.steps.length, cited[i] ?? [], {
          show: () => host.show(step.view),
          useCurrent: () => {
            const captured = host.capture();
            cited = cited.map((c, j) => (j === i ? (captured.sources ?? []) : c));
            change(replaceView(draft, i, captured));
          },
          move: (by) => {
            cited = [...moveItem(cited, i, by)];
            change(moveStep(draft, i, by));
          },
          remove: () => {
            cited = cited.filter((_, j) => j !== i);
            change(removeStep(draft, i));
          },
          caption: (text) => {
            draft = setCaption(draft, i, text);
          },
        }),
      ),
    );
    publish.disabled = draft.id === undefined;
  };
  const change = (next: StoryDraft): void => {
    draft = next;
    render();
  };
  const stored = (story: StoryDocument): void => {
    draft = { ...draft, id: story.id, revision: story.revision };
    publish.disabled = false;
    showLinks(links, story);
  };
  const withToken = async (what: string, run: (t: string) => Promise<void>): Promise<void> => {
    const t = token.value.trim();
    if (!t) {
      say('Enter the editor token first.', true);
      token.focus();
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, t);
    say(`${what}…`);
    try {
      await run(t);
    } catch (error) {
      say(`${what} failed: ${(error as Error).message}`, true);
    }
  };

  addButton.addEventListener('click', () => {
    const before = draft.steps.length;
    const captured = host.capture();
    change(addStep(draft, captured));
    cited = [...cited, captured.sources ?? []].slice(0, draft.steps.length);
    say(
      draft.steps.length > before
        ? `Step ${draft.steps.length} added.`
        : 'The story has as many steps as it can hold.',
    );
    const details = root.closest('details');
    if (details) details.open = true;
    list.querySelector<HTMLTextAreaElement>(`textarea[data-step="${draft.steps.length}"]`)?.focus();
  });
  save.addEventListener('click', () => {
    void withToken('Saving', async (t) => {
      stored(await saveStory(draft, t));
      say(`Saved (revision ${draft.revision ?? 0}).`);
    });
  });
  publish.addEventListener('click', () => {
    const id = draft.id;
    if (!id) return;
    void withToken('Publishing', async (t) => {
      stored(await saveStory(draft, t));
      stored(await publishStory(id, t));
      stored(await readStory(id, t));
      say('Published: readers see these steps as they are now, until you publish again.');
    });
  });
  render();
}

/** Lists a stored story's links (once published) and what changed since it was published. */
function showLinks(into: HTMLElement, story: StoryDocument): void {
  const l = story.links;
  if (!l) {
    into.replaceChildren();
    return;
  }
  const snippet = (label: string, text: string): HTMLElement => {
    const area = el('textarea', {
      attrs: { readonly: '', rows: '3', 'aria-label': label, spellcheck: 'false' },
    });
    area.value = text;
    return el('label', { text: `${label} ` }, area);
  };
  const changes = story.changes ?? [];
  into.replaceChildren(
    el(
      'p',
      {},
      safeLink(l.embed, 'Open the click-through story'),
      el('span', { text: ' · ' }),
      safeLink(l.frozen, 'Download as HTML'),
    ),
    snippet('Click-through embed code', l.html),
    snippet('Scrolling embed code', l.scrollHtml),
    el('p', {
      className: 'meta story-changes',
      text:
        changes.length === 0
          ? 'Nothing in the graph has changed since it was published.'
          : `Changed since published: ${changes
              .map(
                (c) =>
                  `step ${c.step + 1} (${[...c.facts.changed, ...c.facts.added, ...c.facts.removed, ...c.entities.added, ...c.entities.removed].join(', ')})`,
              )
              .join('; ')}`,
    }),
  );
}
