// The Article panel: paste an article or open a .txt/.html file, give its metadata, analyse it
// (one POST /api/articles/analyse), then read it with known entities marked and accept, edit or
// reject each proposed fact. Nothing is written before Accept (or a click on Create).
import type { ArticleAnalysis } from '../../../server/domain/wire/articles';
import { el } from '../explorer/dom';
import { markedText } from './article-text';
import { proposalList } from './article-proposals';
import { ArticleSaver, type ArticleMeta } from './article-save';
import { htmlToText } from './html-text';

const TOKEN_KEY = 'brand-graph-editor-token';

/** What the panel calls in the explorer. */
export interface ArticlePanelOptions {
  readonly root: HTMLElement;
  /** Shows an entity (a click on a mention). */
  readonly onOpen: (entity: string) => void;
  /** Called after a fact or entity was saved, to show it. */
  readonly onSaved: () => void;
}

function field(label: string, input: HTMLElement): HTMLLabelElement {
  return el('label', { text: `${label} ` }, input);
}

async function problem(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { detail?: string; title?: string };
    return body.detail ?? body.title ?? response.statusText;
  } catch {
    return response.statusText;
  }
}

/** The form, the marked text and the proposals of one article at a time. */
export class ArticlePanel {
  private readonly text = el('textarea', {
    attrs: {
      name: 'text',
      rows: '8',
      'aria-label': 'Article text',
      placeholder: 'Paste the article here',
    },
  });
  private readonly file = el('input', {
    attrs: { type: 'file', name: 'file', accept: '.txt,.html,.htm,text/plain,text/html' },
  });
  private readonly title = el('input', { attrs: { name: 'title', required: '' } });
  private readonly publisher = el('input', { attrs: { name: 'publisher', required: '' } });
  private readonly url = el('input', { attrs: { name: 'url', type: 'url' } });
  private readonly published = el('input', {
    attrs: {
      name: 'published',
      required: '',
      placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD',
      pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?',
    },
  });
  private readonly token = el('input', {
    attrs: { type: 'password', name: 'token', autocomplete: 'off', required: '' },
  });
  private readonly keep = el('input', { attrs: { type: 'checkbox', name: 'keepText' } });
  private readonly status = el('p', {
    className: 'meta',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  private readonly results = el('div', { className: 'article-results' });

  constructor(private readonly options: ArticlePanelOptions) {
    this.token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
    const form = el(
      'form',
      { attrs: { 'aria-label': 'Analyse an article' } },
      this.text,
      field('Or open a .txt or .html file', this.file),
      field('Title', this.title),
      field('Publisher', this.publisher),
      field('URL', this.url),
      field('Published', this.published),
      field('Editor token', this.token),
      field('Keep the full text with the source', this.keep),
      el('button', { text: 'Analyse', attrs: { type: 'submit' } }),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.analyse();
    });
    this.file.addEventListener('change', () => void this.open());
    options.root.append(form, this.status, this.results);
  }

  /** Reads the chosen file into the text box (HTML parsed to text, never inserted). */
  private async open(): Promise<void> {
    const file = this.file.files?.[0];
    if (!file) return;
    const content = await file.text();
    this.text.value =
      /\.html?$/i.test(file.name) || file.type === 'text/html' ? htmlToText(content) : content;
    if (this.title.value === '') this.title.value = file.name.replace(/\.[^.]+$/, '');
  }

  private meta(): ArticleMeta {
    return {
      title: this.title.value.trim(),
      publisher: this.publisher.value.trim(),
      url: this.url.value.trim(),
      published: this.published.value.trim(),
    };
  }

  /** Sends the text and metadata to be analysed, then shows what came back. */
  async analyse(): Promise<void> {
    const text = this.text.value;
    const token = this.token.value.trim();
    sessionStorage.setItem(TOKEN_KEY, token);
    this.status.textContent = 'Analysing…';
    this.results.replaceChildren();
    const meta = this.meta();
    const response = await fetch('/api/articles/analyse', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      body: JSON.stringify({ text, ...meta, url: meta.url || undefined }),
    }).catch(() => undefined);
    if (!response?.ok) {
      this.status.textContent = `Could not analyse: ${response ? await problem(response) : 'no answer'}`;
      return;
    }
    const analysis = (await response.json()) as ArticleAnalysis;
    this.show(text, analysis);
  }

  private show(text: string, analysis: ArticleAnalysis): void {
    const known = new Set(analysis.mentions.map((m) => m.entity)).size;
    this.status.textContent = `${analysis.mentions.length} mentions of ${known} known entities, ${analysis.proposals.length} proposed facts, ${analysis.newEntities.length} new names. Nothing is saved until you accept.`;
    const saver = new ArticleSaver(
      () => this.meta(),
      () => this.token.value.trim(),
      text,
      () => this.keep.checked,
    );
    const accept = async (fact: Parameters<ArticleSaver['accept']>[0]): Promise<void> => {
      await saver.accept(fact);
      this.options.onSaved();
    };
    const parts = [
      markedText({ text, analysis, onOpen: this.options.onOpen }),
      this.ambiguous(analysis),
      this.newNames(analysis),
      el('h3', { text: 'Proposed facts' }),
      proposalList({ analysis, accept }),
    ];
    this.results.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  }

  /** Mentions whose words name several entities, with the candidates to open. */
  private ambiguous(analysis: ArticleAnalysis): HTMLElement | null {
    const shared = analysis.mentions.filter((m) => m.candidates);
    if (shared.length === 0) return null;
    const list = el('ul', {
      className: 'article-candidates',
      attrs: { 'aria-label': 'Ambiguous mentions' },
    });
    for (const m of shared) {
      const item = el('li', { text: `“${m.text}” may be: ` });
      for (const id of m.candidates ?? []) {
        const e = analysis.entities[id];
        const button = el('button', {
          text: `${e?.name ?? id} (${e?.kind ?? '?'})`,
          attrs: { type: 'button' },
        });
        button.addEventListener('click', () => this.options.onOpen(id));
        item.append(button);
      }
      list.append(item);
    }
    return el('section', {}, el('h3', { text: 'Ambiguous mentions' }), list);
  }

  /** Names that match no entity, each with a Create button (the only way one is created). */
  private newNames(analysis: ArticleAnalysis): HTMLElement | null {
    if (analysis.newEntities.length === 0) return null;
    const list = el('ul', { className: 'article-new-names', attrs: { 'aria-label': 'New names' } });
    for (const n of analysis.newEntities) {
      const create = el('button', { text: `Create as ${n.kind}`, attrs: { type: 'button' } });
      const note = el('span', { className: 'meta' });
      create.addEventListener('click', () => {
        create.disabled = true;
        void fetch('/api/entities', {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${this.token.value.trim()}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({ kind: n.kind, name: n.name, aliases: [] }),
        }).then(async (r) => {
          note.textContent = r.ok ? ' Created.' : ` Not created: ${await problem(r)}`;
          if (r.ok) this.options.onSaved();
          else create.disabled = false;
        });
      });
      list.append(el('li', { text: `${n.name} ` }, create, note));
    }
    return el('section', {}, el('h3', { text: 'New names' }), list);
  }
}
