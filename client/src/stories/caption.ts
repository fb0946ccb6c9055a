// A step's caption: a small Markdown subset (emphasis, strong, links, line breaks) parsed by
// markdown-it with HTML off, drawn as DOM nodes built from its tokens; text only via textContent.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt('zero', { html: false, linkify: false, breaks: true }).enable([
  'emphasis',
  'link',
  'newline',
  'escape',
  'backticks',
]);

/** Link schemes a caption may use; any other link is drawn as its text. */
const SAFE_LINK = /^(https?:|mailto:)/i;

/**
 * Draws `text` into `into` (replacing its children): paragraphs split on blank lines; inside,
 * `*em*`, `**strong**`, `` `code` ``, `[text](https://…)` (opening in a new tab) and line breaks.
 * Raw HTML stays text.
 */
export function renderCaption(into: HTMLElement, text: string): void {
  into.replaceChildren();
  for (const para of text.split(/\n\s*\n/)) {
    if (para.trim() === '') continue;
    const p = document.createElement('p');
    const stack: HTMLElement[] = [p];
    const top = (): HTMLElement => stack[stack.length - 1] ?? p;
    for (const token of md.parseInline(para, {})[0]?.children ?? []) {
      switch (token.type) {
        case 'text':
          top().append(document.createTextNode(token.content));
          break;
        case 'code_inline': {
          const code = document.createElement('code');
          code.textContent = token.content;
          top().append(code);
          break;
        }
        case 'softbreak':
        case 'hardbreak':
          top().append(document.createElement('br'));
          break;
        case 'em_open':
        case 'strong_open': {
          const el = document.createElement(token.tag);
          top().append(el);
          stack.push(el);
          break;
        }
        case 'link_open': {
          const href = String(token.attrGet('href') ?? '');
          const el = SAFE_LINK.test(href)
            ? document.createElement('a')
            : document.createElement('span');
          if (el instanceof HTMLAnchorElement) {
            el.href = href;
            el.target = '_blank';
            el.rel = 'noopener noreferrer';
          }
          top().append(el);
          stack.push(el);
          break;
        }
        case 'em_close':
        case 'strong_close':
        case 'link_close':
          if (stack.length > 1) stack.pop();
          break;
        default:
          top().append(document.createTextNode(token.content));
      }
    }
    into.append(p);
  }
}
