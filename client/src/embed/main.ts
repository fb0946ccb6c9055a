// Entry point of the embed page (and of the frozen file): load the view, draw it, talk to the
// host page.
import { EmbedApp } from './EmbedApp';
import { loadEmbed } from './load';
import { eventMessage, originAllowed, postTargets, readCommand, type EmbedEvent } from './messages';

function required(selector: string): Element {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`The page lacks ${selector}`);
  return found;
}

const status = required('#status') as HTMLElement;

async function main(): Promise<void> {
  const { data, look, origins } = await loadEmbed();
  if (look.theme !== 'auto') document.documentElement.dataset.theme = look.theme;
  const framed = window.parent !== window;
  const post = (event: EmbedEvent): void => {
    if (!framed) return;
    for (const target of postTargets(origins))
      window.parent.postMessage(eventMessage(event), target);
  };
  const app = new EmbedApp(
    {
      svg: required('#graph') as SVGSVGElement,
      timeline: required('#timeline') as SVGSVGElement,
      details: required('#details') as HTMLElement,
      status,
      credit: required('#credit') as HTMLElement,
      link: required('#explorer-link') as HTMLAnchorElement,
    },
    data,
    look.timeline,
    post,
  );
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent || !originAllowed(event.origin, origins)) return;
    const command = readCommand(event.data);
    if (command === undefined) return;
    const problem = typeof command === 'string' ? command : app.command(command);
    if (problem) post({ type: 'error', message: problem });
  });
  app.start();
}

main().catch((error: unknown) => {
  status.textContent = `This view cannot be shown: ${(error as Error).message}`;
  status.classList.add('error');
});
