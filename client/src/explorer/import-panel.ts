// The import panel: shown only when the server has imports on (an editor token is configured).
// Picks a format and its files (an edge list's columns mapped in ColumnMappingTable), uploads
// them with the token, then polls the job and shows progress and, on a bad file, each problem
// with its file, line and column.
import type { ImportJob, ImportsInfo, ProblemDetails } from '../../../server/domain/api';
import { importFormatInfo } from '../../../server/domain/import-formats';
import { ColumnMappingTable } from './ColumnMappingTable';
import { el } from './dom';
import { UnfinishedImports } from './unfinished-imports';

const COMPLETED = 'Completed an import that had not finished.';
const TOKEN_KEY = 'brand-graph-editor-token';
const POLL_MS = 400;

export interface ImportPanelOptions {
  readonly root: HTMLElement;
  readonly formats: readonly string[];
  /** Called once an import has written its data, to show it. */
  readonly onImported: (job: ImportJob) => void;
  /** Called once an import that did not finish was undone, to show the graph without it. */
  readonly onUndone: () => void;
}

async function problemText(response: Response): Promise<string> {
  try {
    const problem = (await response.json()) as Partial<ProblemDetails>;
    return problem.detail ?? problem.title ?? response.statusText;
  } catch {
    return response.statusText;
  }
}

/** The import form: format, files, options; uploads and polls the job until it ends. */
export class ImportPanel {
  private readonly form: HTMLFormElement;
  private readonly format: HTMLSelectElement;
  private readonly filesBox: HTMLElement;
  private readonly optionsBox: HTMLElement;
  private readonly token: HTMLInputElement;
  private readonly skipBad: HTMLInputElement;
  private readonly submit: HTMLButtonElement;
  private readonly progress: HTMLProgressElement;
  private readonly status: HTMLElement;
  private readonly problems: HTMLElement;
  private readonly mapping = new ColumnMappingTable();
  private readonly unfinished: UnfinishedImports;

  constructor(private readonly options: ImportPanelOptions) {
    this.format = el('select', { attrs: { name: 'format', 'aria-label': 'Format' } });
    for (const f of options.formats) {
      this.format.append(
        el('option', { text: importFormatInfo(f)?.title ?? f, attrs: { value: f } }),
      );
    }
    this.filesBox = el('div', { className: 'import-files' });
    this.optionsBox = el('div', { className: 'import-options' });
    this.token = el('input', {
      attrs: { type: 'password', name: 'token', autocomplete: 'off', required: '' },
    });
    this.token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
    this.skipBad = el('input', { attrs: { type: 'checkbox', name: 'skipBad' } });
    this.submit = el('button', { text: 'Import', attrs: { type: 'submit' } });
    this.progress = el('progress', { attrs: { max: '1', value: '0' } });
    this.progress.hidden = true;
    this.status = el('p', { className: 'meta', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.problems = el('ol', { className: 'import-problems' });
    this.form = el(
      'form',
      { attrs: { 'aria-label': 'Import files' } },
      el('label', { text: 'Format ' }, this.format),
      this.filesBox,
      this.optionsBox,
      el('label', { text: 'Skip bad rows (report them) ' }, this.skipBad),
      el('label', { text: 'Editor token ' }, this.token),
      this.submit,
    );
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.start();
    });
    this.format.addEventListener('change', () => this.showFormat());
    this.unfinished = new UnfinishedImports({
      token: () => this.token.value.trim(),
      onUndone: () => options.onUndone(),
    });
    options.root.replaceChildren(
      this.form,
      this.progress,
      this.status,
      this.problems,
      this.unfinished.root,
    );
    void this.unfinished.refresh();
    this.showFormat();
  }

  private showFormat(): void {
    const roles = importFormatInfo(this.format.value)?.files ?? [];
    this.filesBox.replaceChildren(
      ...roles.map((role) => {
        const input = el('input', {
          attrs: { type: 'file', name: role.field, accept: role.accept },
        });
        input.multiple = role.multiple;
        input.required = role.required;
        // An edge list is previewed as soon as it is chosen, for its columns to be mapped.
        if (role.field === 'edges') {
          input.addEventListener('change', () => void this.mapping.load(input.files?.[0]));
        }
        return el('label', { text: `${role.label} ` }, input);
      }),
    );
    void this.mapping.load(undefined);
    this.optionsBox.replaceChildren(...(this.format.value === 'edges' ? [this.mapping.root] : []));
  }

  private formData(fields: Readonly<Record<string, string>>): FormData {
    const data = new FormData();
    data.append('format', this.format.value);
    if (this.skipBad.checked) data.append('skipBad', 'true');
    // The text fields come before the files, so the server reads them first.
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    for (const input of this.filesBox.querySelectorAll<HTMLInputElement>('input[type=file]')) {
      for (const file of input.files ?? []) data.append(input.name, file, file.name);
    }
    return data;
  }

  private say(text: string): void {
    this.status.textContent = text;
  }

  private async start(): Promise<void> {
    const mapped = this.format.value === 'edges' ? this.mapping.fields() : { fields: {} };
    if ('problem' in mapped) {
      this.say(mapped.problem);
      return;
    }
    const token = this.token.value.trim();
    sessionStorage.setItem(TOKEN_KEY, token);
    this.problems.replaceChildren();
    this.submit.disabled = true;
    this.say('Uploading…');
    try {
      const response = await fetch('/api/imports', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        body: this.formData(mapped.fields),
      });
      if (!response.ok) {
        this.say(`Import refused (${response.status}): ${await problemText(response)}`);
        return;
      }
      await this.follow((await response.json()) as ImportJob, token);
    } catch {
      this.say('The explorer server cannot be reached. Is it running?');
    } finally {
      this.submit.disabled = false;
    }
  }

  /** Polls the job until it ends, showing its progress. */
  private async follow(first: ImportJob, token: string): Promise<void> {
    let job = first;
    this.progress.hidden = false;
    while (job.phase !== 'done' && job.phase !== 'failed') {
      this.show(job);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const response = await fetch(`/api/imports/${encodeURIComponent(job.id)}`, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      });
      if (!response.ok) {
        this.say(`Lost track of the import (${response.status}): ${await problemText(response)}`);
        return;
      }
      job = (await response.json()) as ImportJob;
    }
    this.show(job);
    // A run that completed one that had not finished takes it off the list.
    void this.unfinished.refresh();
    if (job.phase === 'done') this.options.onImported(job);
  }

  private show(job: ImportJob): void {
    const p = job.progress;
    if (p.totalBytes > 0) {
      this.progress.max = p.totalBytes;
      this.progress.value = Math.min(p.bytes, p.totalBytes);
    } else {
      this.progress.removeAttribute('value');
    }
    const words: Record<string, string> = {
      queued: 'Waiting for the import before it…',
      validating: `Checking the files: ${p.rows.toLocaleString('en')} rows read`,
      writing: `Writing: ${p.written.toLocaleString('en')} written`,
    };
    if (job.phase === 'done' && job.summary) {
      const s = job.summary;
      this.progress.value = this.progress.max;
      // A run of the same files as one that did not finish says that it completed it.
      const completed = job.message?.startsWith('Completed an import') ? `${COMPLETED} ` : '';
      this.say(
        `${completed}Imported ${s.entities.toLocaleString('en')} entities and ` +
          `${s.facts.toLocaleString('en')} ` +
          `facts from ${job.files.join(', ')}` +
          (s.skipped > 0 ? `; ${s.skipped.toLocaleString('en')} bad rows skipped` : '') +
          s.merged
            .map(
              (m) =>
                `; ${m.entities.toLocaleString('en')} ${m.entities === 1 ? 'entity' : 'entities'} ` +
                `already known from ${m.file} ${m.entities === 1 ? 'was' : 'were'} merged`,
            )
            .join('') +
          '.',
      );
    } else if (job.phase === 'failed') {
      this.progress.hidden = true;
      const count = job.problemCount ?? job.problems.length;
      this.say(
        `Import failed: ${job.message ?? 'see the problems below'}` +
          (count > job.problems.length
            ? ` (showing the first ${job.problems.length} of ${count})`
            : ''),
      );
    } else {
      this.say(words[job.phase] ?? job.phase);
    }
    this.problems.replaceChildren(
      ...job.problems.map((problem) => {
        const where = [problem.file, problem.line, problem.column]
          .filter((x) => x !== undefined)
          .join(':');
        return el(
          'li',
          {},
          el('code', { text: where }),
          el('span', {
            text: ` ${problem.field !== undefined ? `${problem.field}: ` : ''}${problem.message}`,
          }),
        );
      }),
    );
  }
}

/** Asks the server whether imports are on; the panel is built only when they are. */
export async function importsEnabled(): Promise<readonly string[] | undefined> {
  try {
    const response = await fetch('/api/imports', { headers: { Accept: 'application/json' } });
    if (!response.ok) return undefined;
    const info = (await response.json()) as ImportsInfo;
    return info.enabled ? info.formats : undefined;
  } catch {
    return undefined;
  }
}
