// An entity's imported attributes (category, country, … : CSV property columns, FtM properties)
// as a small two-column table, names in order. Text only through textContent.
import type { AttributeValue } from '../../../server/domain/model';
import { el } from './dom';

/** An attribute's value as text: lists joined with commas. */
export function attributeText(value: AttributeValue): string {
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

/** The table of `attributes` (sorted by name), or null when there are none. */
export function attributeTable(
  attributes: Readonly<Record<string, AttributeValue>> | undefined,
): HTMLTableElement | null {
  const entries = Object.entries(attributes ?? {}).sort(([a], [b]) => a.localeCompare(b, 'en'));
  if (entries.length === 0) return null;
  const body = el('tbody');
  for (const [name, value] of entries) {
    body.append(
      el(
        'tr',
        {},
        el('th', { text: name, attrs: { scope: 'row' } }),
        el('td', { text: attributeText(value), attrs: { dir: 'auto' } }),
      ),
    );
  }
  return el(
    'table',
    { className: 'details-attributes' },
    el('caption', { text: 'Attributes' }),
    body,
  );
}
