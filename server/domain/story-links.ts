// A published story's addresses and host snippets (pure): the click-through and scrolling embeds,
// and the one line a host page pastes for each.
import { EMBED_CHANNEL, iframeSnippet } from './embed-view';

/** How a story embed advances: by its own buttons, keys and swipes, or by the host's scroll. */
export type StoryMode = 'click' | 'scroll';

/** The story page's path for an id: `/stories/ID`. */
export function storyPagePath(id: string): string {
  return `/stories/${encodeURIComponent(id)}`;
}

/** A story embed's URL: the page, `mode=scroll` when scrolling, `sig` when signed. */
export function storyEmbedUrl(origin: string, id: string, mode: StoryMode, sig?: string): string {
  const q = new URLSearchParams();
  if (mode === 'scroll') q.set('mode', 'scroll');
  if (sig) q.set('sig', sig);
  const query = q.toString();
  return `${origin}${storyPagePath(id)}${query ? `?${query}` : ''}`;
}

const escapeAttribute = (s: string): string =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * The host's scroll listener: for each scrolling story iframe (`data-story-scroll`), how far the
 * reader has scrolled through its container (0 to 1), posted to that iframe's own origin on
 * every scroll, resize and when the embed says it is ready. Once per page.
 */
const SCROLL_LISTENER = `<script>(function(w){if(w.brandGraphStoryScroll)return;w.brandGraphStoryScroll=1;function f(){var fs=document.querySelectorAll('iframe[data-story-scroll]');for(var i=0;i<fs.length;i++){var fr=fs[i],b=fr.parentNode.getBoundingClientRect(),r=b.height-w.innerHeight,p=r>0?Math.min(1,Math.max(0,-b.top/r)):0;if(fr.contentWindow)fr.contentWindow.postMessage({target:'${EMBED_CHANNEL}',type:'scroll',progress:p},new URL(fr.src,location.href).origin);}}w.addEventListener('scroll',f,{passive:true});w.addEventListener('resize',f);w.addEventListener('message',function(e){var d=e.data;if(d&&d.source==='${EMBED_CHANNEL}'&&d.type==='ready')f();});})(window);</script>`;

/** The click-through embed's snippet: the embed's iframe (its height follows the story). */
export function storyClickSnippet(src: string, title: string, height: number): string {
  return iframeSnippet(src, title, height);
}

/**
 * The scrolling embed's snippet: a container `steps` screens tall holding the story pinned to the
 * top of the window (sticky), and the listener that tells it how far the host has scrolled.
 */
export function storyScrollSnippet(src: string, title: string, steps: number): string {
  const height = Math.max(1, steps) * 100;
  return `<div style="position:relative;height:${height}vh"><iframe data-story-scroll src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" style="position:sticky;top:0;display:block;width:100%;height:100vh;border:0" referrerpolicy="strict-origin-when-cross-origin" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe></div>${SCROLL_LISTENER}`;
}
