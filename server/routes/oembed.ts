// GET /oembed: turns an explorer or embed URL of this app into an embeddable iframe (type rich).
import { Router } from 'express';
import { embedQuery, iframeSnippet } from '../domain/embed-view';
import type { EmbedConfig } from '../embed/embed-config';
import { FormatNotImplementedError, SignatureError } from '../embed/errors';
import { oembedQuery, viewOfUrl } from '../embed/oembed-query';
import { publicOrigin } from '../embed/pages';
import { signView } from '../embed/signature';
import { viewTitle } from '../embed/view-data';
import { checkSignature } from '../embed/view-input';
import { hasBearer } from '../http/bearer';
import { parseInput } from '../http/parse-input';
import type { QueryRunner } from '../neo4j/query-runner';
import { storyOembed } from '../stories/story-oembed-answer';
import { storyOfUrl } from '../stories/story-oembed';

const WIDTH = 720;
const HEIGHT = 480;

/**
 * `/oembed`: a rich iframe (JSON only, 501 for XML) for an explorer, embed or story URL of this
 * app.
 */
export function oembedRoutes(gateway: QueryRunner, config: EmbedConfig): Router {
  const router = Router();
  router.get('/oembed', async (req, res) => {
    const q = parseInput(oembedQuery, req.query, 'query');
    if (q.format === 'xml') {
      throw new FormatNotImplementedError('This provider answers in JSON only: use format=json');
    }
    const origin = publicOrigin(config, req);
    const width = Math.min(q.maxwidth ?? WIDTH, WIDTH);
    const height = Math.min(q.maxheight ?? HEIGHT, HEIGHT);
    const story = storyOfUrl(q.url, origin);
    if (story) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.json(await storyOembed(gateway, config, req, story, origin, { width, height }));
      return;
    }
    const input = viewOfUrl(q.url, origin);
    let sig = input.sig;
    if (sig !== undefined) {
      checkSignature(config, input);
    } else if (config.analystToken !== undefined && !hasBearer(req, config.analystToken)) {
      throw new SignatureError(
        'Only signed embed URLs can be embedded here: make one with the Embed button of the explorer',
      );
    } else if (config.signingKey !== undefined) {
      sig = signView(config.signingKey, input.view);
    }
    const title = await viewTitle(gateway, input.view);
    const src = `${origin}/embed?${embedQuery(input.view, input.look, sig)}`;
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.json({
      version: '1.0',
      type: 'rich',
      title,
      provider_name: 'Brand graph explorer',
      provider_url: `${origin}/`,
      cache_age: 3600,
      width,
      height,
      html: iframeSnippet(src, title, height, width),
    });
  });
  return router;
}
