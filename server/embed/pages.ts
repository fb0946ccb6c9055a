// The HTML pages as served: the explorer and the embed with oEmbed discovery links, the embed
// with the framing policy of its own, and the frozen single-file export built from the embed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'express';
import type { EmbedConfig } from './embed-config';

const escapeHtml = (s: string): string =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The app's address as readers reach it: PUBLIC_URL, else the scheme and host of the request. */
export function publicOrigin(config: EmbedConfig, req: Request): string {
  return config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** The Content-Security-Policy of the embed: strict, framable by the configured origins. */
export function embedCsp(config: EmbedConfig): string {
  const ancestors = config.origins.includes('*') ? '*' : ["'self'", ...config.origins].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors}`,
  ].join(';');
}

/** Reads a built page once (they do not change while the server runs). */
export function pageReader(clientDir: string): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let page = cache.get(name);
    if (page === undefined) {
      page = readFileSync(join(clientDir, name), 'utf8');
      cache.set(name, page);
    }
    return page;
  };
}

/**
 * The origin discovery links are written with: PUBLIC_URL, else none (relative links), so a
 * Host header of the attacker's choosing never appears in a page.
 */
export function linkOrigin(config: EmbedConfig): string {
  return config.publicUrl ?? '';
}

/** A page with the oEmbed discovery link for its own address (and extra head tags). */
export function withDiscovery(page: string, origin: string, url: string, extra = ''): string {
  const href = `${origin}/oembed?${new URLSearchParams({ url: `${origin}${url}`, format: 'json' }).toString()}`;
  const link = `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(href)}" title="Brand graph view">`;
  return page.replace('</head>', () => `${link}${extra}</head>`);
}

/** The head tag that tells the embed which origins may command it. */
export function originsMeta(config: EmbedConfig): string {
  return `<meta name="embed-origins" content="${escapeHtml(config.origins.join(' '))}">`;
}

/** Starts the embed's data request while its script loads. */
export function preloadLink(url: string): string {
  return `<link rel="preload" href="${escapeHtml(url)}" as="fetch" crossorigin="anonymous">`;
}

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * One self-contained HTML file of a view: the embed's script and styles inline, its data as a
 * JSON block, no request to anything. The inline script is what lets the file run from disk;
 * a CSP meta tag allows exactly that script and that style (by hash) and no connection at all.
 */
export function frozenPage(
  embedPage: string,
  asset: (path: string) => string,
  data: unknown,
  look: string,
): string {
  const script = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(embedPage);
  const style = /<link rel="stylesheet" crossorigin href="([^"]+)">/.exec(embedPage);
  if (!script?.[1] || !style?.[1])
    throw new Error('The built embed page lacks its script or styles');
  const js = asset(script[1]).replace(/<\/script/gi, '<\\/script');
  const css = asset(style[1]).replace(/<\/style/gi, '<\\/style');
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(js)}`,
    `style-src ${sha256(css)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // Replacer functions, not strings: `$` in the inlined code must stay as it is.
  const head = `<meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="embed-look" content="${escapeHtml(look)}">`;
  const tail = `<style>${css}</style><script type="application/json" id="embed-data">${json}</script><script type="module">${js}</script>`;
  return embedPage
    .replace(/<link rel="icon"[^>]*>/, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(script[0], '')
    .replace(style[0], '')
    .replace('<head>', () => `<head>${head}`)
    .replace('</head>', () => `${tail}</head>`);
}
