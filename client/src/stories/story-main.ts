// Entry point of the story embed (and of its frozen file): load the published story, show the
// step the address names (`#step=N`), then advance by click, key and swipe, or by the host's
// scroll (`mode=scroll`, the scroll listener of the snippet posting its progress).
import { originAllowed, postTargets } from '../embed/messages';
import { EMBED_CHANNEL } from '../../../server/domain/embed-view';
import { loadStory } from './story-load';
import { readStoryCommand, stepOfHash, stepOfProgress, type StoryEvent } from './story-messages';
import { wireNavigation } from './story-nav';
import { StoryPlayer } from './story-player';

function required(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`The page lacks ${selector}`);
  return found;
}

const status = required('#status');

async function main(): Promise<void> {
  const { payload, mode, origins } = await loadStory();
  const framed = window.parent !== window;
  const post = (event: StoryEvent): void => {
    if (!framed) return;
    for (const target of postTargets(origins))
      window.parent.postMessage({ source: EMBED_CHANNEL, version: 1, ...event }, target);
  };
  document.documentElement.dataset.mode = mode;
  const story = payload.story;
  document.title = story.title;
  required('#story-title').textContent = story.title;
  required('#story-byline').textContent = [story.summary, `By ${story.author}`]
    .filter((s) => s.trim() !== '')
    .join(' · ');
  const svg = required('#graph') as unknown as SVGSVGElement;
  const prev = required('#story-prev') as HTMLButtonElement;
  const next = required('#story-next') as HTMLButtonElement;
  const player = new StoryPlayer(
    {
      svg,
      caption: required('#story-caption'),
      count: required('#story-count'),
      day: required('#story-day'),
      sources: required('#story-sources'),
      link: required('#explorer-link') as HTMLAnchorElement,
      prev,
      next,
    },
    payload,
    (step) => {
      history.replaceState(null, '', `#step=${step + 1}`);
      post({ type: 'step', step: step + 1, steps: player.count });
    },
  );
  status.textContent = '';
  player.show(stepOfHash(location.hash, player.count) ?? 0);
  wireNavigation(player, prev, next, required('.story-body'), svg);
  window.addEventListener('hashchange', () => {
    const step = stepOfHash(location.hash, player.count);
    if (step !== undefined) player.show(step);
  });
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent || !originAllowed(event.origin, origins)) return;
    const command = readStoryCommand(event.data);
    if (!command) return;
    if (command.type === 'scroll') player.show(stepOfProgress(command.progress, player.count));
    else player.show(command.step - 1);
  });
  post({ type: 'ready', title: story.title, steps: player.count });
  if (framed && mode === 'click') {
    const main = required('main');
    const report = (): void => post({ type: 'height', height: Math.ceil(main.scrollHeight) });
    new ResizeObserver(report).observe(main);
    report();
  }
}

main().catch((error: unknown) => {
  status.textContent = `This story cannot be shown: ${(error as Error).message}`;
  status.classList.add('error');
});
