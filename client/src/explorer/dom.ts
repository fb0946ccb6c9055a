// Small DOM helpers: elements with text set through textContent only, never as HTML.

/** Creates an element with optional class and text (text goes in as textContent). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [k, v] of Object.entries(options.attrs ?? {})) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A link only for http(s) addresses; anything else (javascript:, data:) becomes plain text. */
export function safeLink(url: string | undefined, text: string): HTMLElement {
  if (url !== undefined && /^https?:\/\//i.test(url)) {
    return el('a', { text, attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } });
  }
  return el('span', { text });
}
