// Story mode: editors create, edit and publish stories (the editor token); readers get the
// published story (open, or signed in the analyst access mode) and its frozen single file.
import express, { Router, type Request } from 'express';
import { z } from 'zod';
import type { FactTypeLookup } from '../domain/fact-type-registry';
import {
  storyClickSnippet,
  storyEmbedUrl,
  storyPagePath,
  storyScrollSnippet,
} from '../domain/story-links';
import { storyInput, type StoryDocument } from '../domain/wire/story';
import type { EmbedConfig } from '../embed/embed-config';
import { frozenPage, pageReader, publicOrigin } from '../embed/pages';
import type { Editors } from '../config';
import { requireEditor } from '../http/editor-auth';
import { parseInput } from '../http/parse-input';
import { storyFrozenQuery, storyParams, storyReadQuery } from '../http/story-schemas';
import type { QueryRunner } from '../neo4j/query-runner';
import { checkStoryReader, isEditor, storySignature } from '../stories/story-access';
import {
  changesSincePublished,
  createStory,
  publishStory,
  readerView,
  readStory,
  updateStory,
} from '../stories/story-service';

const STORY_HEIGHT = 560;

/** `/api/stories…`; writes need an editor's token (`requireEditor`: 401, or 403 with none). */
export function storyRoutes(
  gateway: QueryRunner,
  config: EmbedConfig,
  clientDir: string,
  factTypes: FactTypeLookup,
  editors: Editors,
): Router {
  const router = Router();
  const page = pageReader(clientDir);
  const json = express.json({ limit: '256kb', type: () => true });
  const guard = requireEditor(editors);

  const withLinks = (req: Request, story: StoryDocument): StoryDocument => {
    if (!story.published) return story;
    const origin = publicOrigin(config, req);
    const sig = storySignature(config, story.id);
    const embed = storyEmbedUrl(origin, story.id, 'click', sig);
    const scroll = storyEmbedUrl(origin, story.id, 'scroll', sig);
    const title = story.published.title;
    return {
      ...story,
      links: {
        embed,
        scroll,
        frozen: `${origin}/api${storyPagePath(story.id)}/frozen${sig ? `?sig=${sig}` : ''}`,
        oembed: `${origin}/oembed?${new URLSearchParams({ url: embed, format: 'json' }).toString()}`,
        html: storyClickSnippet(embed, title, STORY_HEIGHT),
        scrollHtml: storyScrollSnippet(scroll, title, story.published.steps.length),
      },
    };
  };

  router.post('/stories', guard, json, async (req, res) => {
    const input = parseInput(storyInput, req.body, 'body');
    const story = await createStory(gateway, input);
    res
      .status(201)
      .location(`/api${storyPagePath(story.id)}`)
      .json(story);
  });
  router.get('/stories/:story', async (req, res) => {
    const { story: id } = parseInput(storyParams, req.params, 'path');
    const q = parseInput(storyReadQuery, req.query, 'query');
    if (isEditor(req, editors)) {
      const story = await readStory(gateway, id);
      const changes =
        story.published && q.changes !== '0'
          ? await changesSincePublished(gateway, story.published, factTypes)
          : undefined;
      res.json(withLinks(req, { ...story, ...(changes ? { changes } : {}) }));
      return;
    }
    checkStoryReader(config, req, id, q.sig, editors);
    res.json(readerView(await readStory(gateway, id)));
  });
  router.put('/stories/:story', guard, json, async (req, res) => {
    const { story: id } = parseInput(storyParams, req.params, 'path');
    const input = parseInput(storyInput, req.body, 'body');
    res.json(withLinks(req, await updateStory(gateway, id, input)));
  });
  router.post('/stories/:story/publish', guard, async (req, res) => {
    const { story: id } = parseInput(storyParams, req.params, 'path');
    parseInput(z.strictObject({}), req.query, 'query');
    res.json(withLinks(req, await publishStory(gateway, id, factTypes)));
  });
  router.get('/stories/:story/frozen', async (req, res) => {
    const { story: id } = parseInput(storyParams, req.params, 'path');
    const q = parseInput(storyFrozenQuery, req.query, 'query');
    checkStoryReader(config, req, id, q.sig, editors);
    const story = readerView(await readStory(gateway, id));
    const origin = publicOrigin(config, req);
    const html = frozenPage(
      page('story.html'),
      (path) => page(path.replace(/^\//, '')),
      { id, story: story.published, explorer: `${origin}/` },
      q.mode === 'scroll' ? 'mode=scroll' : '',
    );
    res.setHeader('Content-Disposition', 'attachment; filename="brand-graph-story.html"');
    res.type('text/html').send(html);
  });
  return router;
}
