// Entry point of the embed page (and of the frozen file): load the view, draw it, talk to the
// host page.
import { reportHeight, NARROW_WIDTH } from './auto-height';
import { EmbedApp } from './EmbedApp';
import { loadEmbed } from './load';
import { eventMessage, originAllowed, postTargets, readCommand, type EmbedEvent } from './messages';
import { gateWheel } from './wheel-gate';

function required(selector: string): Element {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`The page lacks ${selector}`);
  return found;
}

const status = required('#status') as HTMLElement;

/** Zoom steps of the + and − buttons. */
const ZOOM_STEP = 1.5;

async function main(): Promise<void> {
  const { data, look, origins } = await loadEmbed();
  if (look.theme !== 'auto') document.documentElement.dataset.theme = look.theme;
  const framed = window.parent !== window;
  let remeasure = (): void => undefined;
  const post = (event: EmbedEvent): void => {
    if (!framed) return;
    for (const target of postTargets(origins))
      window.parent.postMessage(eventMessage(event), target);
    // A new selection changes the details' length, and so the height wanted beside them.
    if (event.type === 'select') remeasure();
  };
  const svg = required('#graph') as SVGSVGElement;
  const details = required('#details') as HTMLElement;
  const app = new EmbedApp(
    {
      title: required('#embed-title') as HTMLElement,
      svg,
      timeline: required('#timeline') as SVGSVGElement,
      details,
      status,
      credit: required('#credit') as HTMLElement,
      link: required('#explorer-link') as HTMLAnchorElement,
    },
    data,
    look.timeline,
    post,
  );
  // The producer's caption, when the embed has one: text only.
  const caption = required('#embed-caption') as HTMLElement;
  caption.textContent = data.caption ?? '';
  caption.hidden = !data.caption;
  required('#zoom-in').addEventListener('click', () => app.zoom(ZOOM_STEP));
  required('#zoom-out').addEventListener('click', () => app.zoom(1 / ZOOM_STEP));
  required('#zoom-fit').addEventListener('click', () => app.zoom(undefined));
  const stage = required('.stage') as HTMLElement;
  // Framed, the wheel scrolls the host's article; alone (a frozen file opened), it zooms.
  if (framed) gateWheel(stage, svg, required('#wheel-hint') as HTMLElement);
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent || !originAllowed(event.origin, origins)) return;
    const command = readCommand(event.data);
    if (command === undefined) return;
    const problem = typeof command === 'string' ? command : app.command(command);
    if (problem) post({ type: 'error', message: problem });
  });
  app.start();
  if (framed) {
    const parts = ['#embed-title', '#status', '.timeline-panel', '.credit'].map(required);
    const timeline = required('#timeline');
    remeasure = reportHeight(
      () => ({
        width: document.documentElement.clientWidth,
        around: parts.reduce(
          (sum, part) =>
            sum +
            (part.classList.contains('timeline-panel')
              ? Math.min(timeline.getBoundingClientRect().height, 240)
              : part.getBoundingClientRect().height),
          0,
        ),
        details: document.documentElement.clientWidth < NARROW_WIDTH ? 0 : details.scrollHeight,
      }),
      [document.documentElement, details, timeline],
      (height) => post({ type: 'height', height }),
    );
  }
}

main().catch((error: unknown) => {
  status.textContent = `This view cannot be shown: ${(error as Error).message}`;
  status.classList.add('error');
});
