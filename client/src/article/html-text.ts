// An opened .html file as plain text: parsed by the browser's DOMParser into an inert document
// (no scripts run, nothing loaded), then read through textContent, block by block.

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dd, dt';

/**
 * The readable text of an HTML document: scripts, styles and templates dropped, one paragraph
 * per block element (blank lines between), whitespace inside a block collapsed. Never touches
 * the live page: the parsed document is inert.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const node of doc.querySelectorAll('script, style, noscript, template, iframe, object')) {
    node.remove();
  }
  const root = doc.querySelector('article') ?? doc.body;
  const blocks = [...root.querySelectorAll(BLOCKS)].filter(
    (b) => !b.parentElement?.closest(BLOCKS),
  );
  const parts = (blocks.length > 0 ? blocks : [root])
    .map((b) => b.textContent.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
  return parts.join('\n\n');
}
