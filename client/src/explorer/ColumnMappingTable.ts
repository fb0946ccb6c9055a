// The import panel's column mapping for an edge list: the chosen file's header and first rows
// (read in the browser, nothing uploaded), a role for each column, one type and kinds for all.
import { ENTITY_KINDS, type EntityKind } from '../../../server/domain/vocabulary';
import { COLUMN_ROLES, mappingFields, type ColumnRole } from './column-mapping';
import { previewCsv, PREVIEW_BYTES, type CsvPreview } from './csv-preview';
import { el } from './dom';

/** Rows of the file shown under the header. */
const PREVIEW_ROWS = 5;

function kindSelect(label: string): HTMLSelectElement {
  const select = el('select', { attrs: { 'aria-label': label } });
  select.append(el('option', { text: '(from a column, else Other)', attrs: { value: '' } }));
  for (const kind of ENTITY_KINDS)
    select.append(el('option', { text: kind, attrs: { value: kind } }));
  return select;
}

/** An edge list's columns with a role each, read from the file in the browser. */
export class ColumnMappingTable {
  readonly root: HTMLElement;
  private readonly note: HTMLElement;
  private readonly tableBox: HTMLElement;
  private readonly type: HTMLInputElement;
  private readonly delimiter: HTMLInputElement;
  private readonly sourceKind: HTMLSelectElement;
  private readonly targetKind: HTMLSelectElement;
  /** Roles chosen so far, by column name: kept when the delimiter changes. */
  private readonly chosen = new Map<string, ColumnRole>();
  private file: File | undefined;
  private preview: CsvPreview | undefined;

  constructor() {
    this.note = el('p', { className: 'meta', text: 'Choose the edge list to map its columns.' });
    this.tableBox = el('div', { className: 'column-mapping-box' });
    this.type = el('input', { attrs: { type: 'text', name: 'type' } });
    this.delimiter = el('input', { attrs: { type: 'text', name: 'delimiter', size: '2' } });
    this.sourceKind = kindSelect('Kind of every source');
    this.targetKind = kindSelect('Kind of every target');
    this.delimiter.addEventListener('input', () => void this.load(this.file));
    this.root = el(
      'div',
      { className: 'column-mapping-panel' },
      el('label', { text: 'Delimiter (default ",") ' }, this.delimiter),
      this.note,
      this.tableBox,
      el(
        'label',
        { text: 'One fact type for all rows (unless a column is the fact type) ' },
        this.type,
      ),
      el('label', { text: 'Kind of every source ' }, this.sourceKind),
      el('label', { text: 'Kind of every target ' }, this.targetKind),
    );
  }

  /** Reads the start of `file` and shows its header and first rows with a role for each column. */
  async load(file: File | undefined): Promise<void> {
    this.file = file;
    this.preview = undefined;
    this.tableBox.replaceChildren();
    if (!file) {
      this.note.textContent = 'Choose the edge list to map its columns.';
      return;
    }
    const text = await file.slice(0, PREVIEW_BYTES).text();
    if (this.file !== file) return;
    const complete = file.size <= PREVIEW_BYTES ? `${text}\n` : text;
    const preview = previewCsv(complete, this.delimiterValue(), PREVIEW_ROWS);
    this.preview = preview;
    if (preview.header.length === 0) {
      this.note.textContent = `${file.name}: ${preview.problem ?? 'no header line found'}`;
      return;
    }
    this.note.textContent =
      `${file.name}: the header and first ${preview.rows.length} rows. Say what each column is; ` +
      'nothing is written until you press Import.' +
      (preview.problem !== undefined ? ` (The file is not CSV from ${preview.problem}.)` : '');
    this.tableBox.append(this.table(preview));
  }

  private delimiterValue(): string {
    const value = this.delimiter.value;
    return value === '\\t' ? '\t' : value === '' ? ',' : value;
  }

  private table(preview: CsvPreview): HTMLTableElement {
    const roleRow = el('tr');
    for (const column of preview.header) {
      const select = el('select', {
        attrs: { 'aria-label': `Role of column ${column}`, 'data-column': column },
      });
      for (const [role, label] of COLUMN_ROLES) {
        select.append(el('option', { text: label, attrs: { value: role } }));
      }
      select.value = this.chosen.get(column) ?? 'factAttribute';
      select.addEventListener('change', () => this.chosen.set(column, select.value as ColumnRole));
      roleRow.append(el('td', {}, select));
    }
    return el(
      'table',
      { className: 'column-mapping' },
      el(
        'thead',
        {},
        el('tr', {}, ...preview.header.map((h) => el('th', { text: h, attrs: { dir: 'auto' } }))),
        roleRow,
      ),
      el(
        'tbody',
        {},
        ...preview.rows.map((row) =>
          el(
            'tr',
            {},
            ...preview.header.map((_, i) =>
              el('td', { text: row[i] ?? '', attrs: { dir: 'auto' } }),
            ),
          ),
        ),
      ),
    );
  }

  /** The upload's mapping fields, or what is missing in words. */
  fields(): { fields: Record<string, string> } | { problem: string } {
    if (!this.preview || this.preview.header.length === 0) {
      return { problem: 'Choose an edge list with a header line' };
    }
    const columns = this.preview.header;
    const mapped = mappingFields({
      columns,
      roles: columns.map((c) => this.chosen.get(c) ?? 'factAttribute'),
      type: this.type.value,
      ...(this.sourceKind.value ? { sourceKind: this.sourceKind.value as EntityKind } : {}),
      ...(this.targetKind.value ? { targetKind: this.targetKind.value as EntityKind } : {}),
    });
    if ('problem' in mapped) return mapped;
    const delimiter = this.delimiterValue();
    return { fields: { ...mapped.fields, ...(delimiter !== ',' ? { delimiter } : {}) } };
  }
}
