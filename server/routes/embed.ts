// Embeds: their data (signed views only, when a key is set), signed links for the explorer's
// Embed button, the frozen single-file export, and the embed page itself.
import { Router } from 'express';
import {
  dataUrl,
  EMBED_TEXT_PARAMS,
  embedQuery,
  iframeSnippet,
  viewParams,
  VIEW_PARAMS,
} from '../domain/embed-view';
import type { EmbedConfig } from '../embed/embed-config';
import {
  embedCsp,
  frozenPage,
  linkOrigin,
  originsMeta,
  pageReader,
  preloadLink,
  publicOrigin,
  withDiscovery,
} from '../embed/pages';
import { signView } from '../embed/signature';
import type { FactTypeLookup } from '../domain/fact-type-registry';
import { readEmbedData, viewTitle } from '../embed/view-data';
import { checkSignature, queryParams, readViewInput } from '../embed/view-input';
import { parseInput } from '../http/parse-input';
import type { QueryRunner } from '../neo4j/query-runner';
import { storyParams } from '../http/story-schemas';

/** Heights the Embed button offers; the oEmbed answer picks its own within maxheight. */
const DEFAULT_HEIGHT = 480;

/** API routes under /api/embed; embeds carry the fact types they use, as `factTypes` knows them. */
export function embedApiRoutes(
  gateway: QueryRunner,
  config: EmbedConfig,
  clientDir: string,
  factTypes: FactTypeLookup,
): Router {
  const router = Router();
  const page = pageReader(clientDir);
  router.get('/embed/view', async (req, res) => {
    const input = readViewInput(queryParams(req.query), 'query', [
      ...VIEW_PARAMS,
      ...EMBED_TEXT_PARAMS,
      'sig',
    ]);
    checkSignature(config, input);
    res.json(await readEmbedData(gateway, input.view, factTypes));
  });
  router.get('/embed/frozen', async (req, res) => {
    const input = readViewInput(queryParams(req.query), 'query');
    checkSignature(config, input);
    const data = await readEmbedData(gateway, input.view, factTypes);
    const origin = publicOrigin(config, req);
    const html = frozenPage(
      page('embed.html'),
      (path) => page(path.replace(/^\//, '')),
      { ...data, explorer: `${origin}${data.explorer}` },
      embedQuery(input.view, input.look),
    );
    res.setHeader('Content-Disposition', 'attachment; filename="brand-graph-view.html"');
    res.type('text/html').send(html);
  });
  // The analyst guard covers this one: only analysts mint signatures.
  router.get('/embed/sign', async (req, res) => {
    const input = readViewInput(queryParams(req.query), 'query', [
      ...VIEW_PARAMS,
      ...EMBED_TEXT_PARAMS,
      'theme',
      'timeline',
    ]);
    const sig =
      config.signingKey === undefined ? undefined : signView(config.signingKey, input.view);
    const origin = publicOrigin(config, req);
    const embed = `${origin}/embed?${embedQuery(input.view, input.look, sig)}`;
    const query = viewParams(input.view, true).toString();
    const title = await viewTitle(gateway, input.view);
    res.json({
      signed: sig !== undefined,
      title,
      embed,
      explorer: `${origin}/${query ? `?${query}` : ''}`,
      frozen: `${origin}/api/embed/frozen?${embedQuery(input.view, input.look, sig)}`,
      oembed: `${origin}/oembed?${new URLSearchParams({ url: embed, format: 'json' }).toString()}`,
      html: iframeSnippet(embed, title, DEFAULT_HEIGHT),
    });
  });
  return router;
}

/** The HTML pages: the explorer (framable only by itself) and the embed (by EMBED_ORIGINS). */
export function pageRoutes(config: EmbedConfig, clientDir: string): Router {
  const router = Router();
  const page = pageReader(clientDir);
  router.get(['/', '/index.html'], (req, res) => {
    res
      .type('text/html')
      .send(withDiscovery(page('index.html'), linkOrigin(config), req.originalUrl));
  });
  router.get(['/embed', '/embed.html'], (req, res) => {
    res.setHeader('Content-Security-Policy', embedCsp(config));
    res.removeHeader('X-Frame-Options');
    res
      .type('text/html')
      .send(
        withDiscovery(
          page('embed.html'),
          linkOrigin(config),
          req.originalUrl,
          `${originsMeta(config)}${preloadLink(dataUrl(queryParams(req.query)))}`,
        ),
      );
  });
  // A story's embed page: the data is the published story, preloaded while the script loads.
  router.get('/stories/:story', (req, res) => {
    const { story: id } = parseInput(storyParams, req.params, 'path');
    const sig = typeof req.query.sig === 'string' ? req.query.sig : undefined;
    const data = `/api/stories/${id}${sig ? `?${new URLSearchParams({ sig }).toString()}` : ''}`;
    res.setHeader('Content-Security-Policy', embedCsp(config));
    res.removeHeader('X-Frame-Options');
    res
      .type('text/html')
      .send(
        withDiscovery(
          page('story.html'),
          linkOrigin(config),
          req.originalUrl,
          `${originsMeta(config)}${preloadLink(data)}`,
        ),
      );
  });
  return router;
}
