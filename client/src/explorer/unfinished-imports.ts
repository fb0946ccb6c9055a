// The import panel's list of imports that did not finish: what each wrote, how to complete it
// (run it again) and an Undo button (confirmed first) that removes what it wrote.
import type { ImportRecordSummary, ImportUndone, ProblemDetails } from '../../../server/domain/api';
import { fetchImportRecords } from '../api';
import { el } from './dom';
import { UNFINISHED_ADVICE, unfinishedNote } from './source-notes';

export interface UnfinishedImportsOptions {
  /** The editor token the undo request carries. */
  readonly token: () => string;
  /** Called once an import was undone (to show the graph without it). */
  readonly onUndone: (undone: ImportUndone) => void;
}

async function problemText(response: Response): Promise<string> {
  try {
    const problem = (await response.json()) as Partial<ProblemDetails>;
    return problem.detail ?? problem.title ?? response.statusText;
  } catch {
    return response.statusText;
  }
}

/** The list; `refresh()` reads the recorded imports again. Hidden while none is unfinished. */
export class UnfinishedImports {
  readonly root: HTMLElement;
  private readonly list: HTMLElement;
  private readonly status: HTMLElement;

  constructor(private readonly options: UnfinishedImportsOptions) {
    this.list = el('ul', { className: 'unfinished-list' });
    this.status = el('p', { className: 'meta', attrs: { 'aria-live': 'polite' } });
    this.root = el(
      'section',
      { className: 'unfinished-imports', attrs: { 'aria-label': 'Imports that did not finish' } },
      el('h3', { text: 'Imports that did not finish' }),
      this.list,
      this.status,
    );
    this.root.hidden = true;
  }

  /** Reads the recorded imports and lists the interrupted ones. */
  async refresh(): Promise<void> {
    let records: ImportRecordSummary[];
    try {
      records = await fetchImportRecords();
    } catch (error) {
      this.status.textContent = `Could not read the recorded imports: ${(error as Error).message}`;
      return;
    }
    const unfinished = records.filter((r) => r.status === 'interrupted');
    this.list.replaceChildren(...unfinished.map((r) => this.item(r)));
    this.root.hidden = unfinished.length === 0 && this.status.textContent === '';
  }

  private item(record: ImportRecordSummary): HTMLElement {
    const undo = el('button', {
      text: 'Undo',
      attrs: { type: 'button', 'aria-label': `Undo the import of ${record.files.join(', ')}` },
    });
    undo.addEventListener('click', () => void this.undo(record, undo));
    return el(
      'li',
      { attrs: { 'data-import': record.id } },
      el('p', { className: 'warning', text: unfinishedNote(record) }),
      el('p', { className: 'meta', text: UNFINISHED_ADVICE }),
      el('code', { className: 'meta', text: `npm run import -- undo ${record.id}` }),
      undo,
    );
  }

  private async undo(record: ImportRecordSummary, button: HTMLButtonElement): Promise<void> {
    const files = record.files.join(', ');
    const question =
      `Undo the import of ${files}? Its ${record.rowsWritten.toLocaleString('en')} entities ` +
      'and facts are removed (entities that other data also holds are kept).';
    if (!window.confirm(question)) return;
    const token = this.options.token();
    if (token === '') {
      this.status.textContent = 'Enter the editor token above to undo an import.';
      return;
    }
    button.disabled = true;
    this.status.textContent = `Undoing the import of ${files}…`;
    try {
      const response = await fetch(`/api/imports/${encodeURIComponent(record.id)}/undo`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      });
      if (!response.ok) {
        this.status.textContent = `Undo refused (${response.status}): ${await problemText(response)}`;
        button.disabled = false;
        return;
      }
      const undone = (await response.json()) as ImportUndone;
      // The list first, then the outcome: once it says "Undid", the import is off the list.
      await this.refresh();
      this.status.textContent =
        `Undid the import of ${files}: removed ${undone.facts.toLocaleString('en')} facts and ` +
        `${undone.entities.toLocaleString('en')} entities that only it wrote.`;
      this.root.hidden = false;
      this.options.onUndone(undone);
    } catch {
      this.status.textContent = 'The explorer server cannot be reached. Is it running?';
      button.disabled = false;
    }
  }
}
