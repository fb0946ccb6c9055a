// Long lists in a panel drawn a page at a time: the first items at once, then a button for the
// next page, so an entity with a thousand facts opens as fast as one with ten.
import { el } from './dom';

/** Items drawn at once, and per press of "Show more". */
export const PAGE_SIZE = 50;

/**
 * Fills `list` with the first `PAGE_SIZE` items that `make` builds (it may return null to skip
 * one) and, while items remain, puts a "Show more" button after it that draws the next page.
 * Returns that button, for the caller to place after the list, or null when every item fits.
 */
export function pagedList<T>(
  list: HTMLElement,
  items: readonly T[],
  make: (item: T) => HTMLElement | null,
  what: string,
): HTMLButtonElement | null {
  let next = 0;
  const more = el('button', { className: 'link show-more', attrs: { type: 'button' } });
  const page = (): void => {
    const end = Math.min(items.length, next + PAGE_SIZE);
    const built: HTMLElement[] = [];
    for (; next < end; next += 1) {
      const item = items[next];
      const node = item === undefined ? null : make(item);
      if (node) built.push(node);
    }
    list.append(...built);
    const left = items.length - next;
    if (left > 0)
      more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more ${what} (${left} not shown)`;
    else more.remove();
  };
  more.addEventListener('click', page);
  page();
  return next < items.length ? more : null;
}
