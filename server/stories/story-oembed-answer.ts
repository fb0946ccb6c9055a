// The oEmbed answer for a published story: its click-through or scrolling embed.
import type { Request } from 'express';
import { storyClickSnippet, storyEmbedUrl, storyScrollSnippet } from '../domain/story-links';
import type { OEmbedResponse } from '../domain/wire/embed';
import type { EmbedConfig } from '../embed/embed-config';
import type { QueryRunner } from '../neo4j/query-runner';
import { checkStoryReader, storySignature } from './story-access';
import type { StoryUrl } from './story-oembed';
import { readerView, readStory } from './story-service';

/**
 * oEmbed 1.0 `rich` for a story URL: the published story's title and snippet, signed when a
 * signing key is set. Readers' rules apply (analyst mode: the URL's signature or a token).
 * @throws NotFoundError (no published story), SignatureError.
 */
export async function storyOembed(
  gateway: QueryRunner,
  config: EmbedConfig,
  req: Request,
  url: StoryUrl,
  origin: string,
  size: { readonly width: number; readonly height: number },
): Promise<OEmbedResponse> {
  checkStoryReader(config, req, url.id, url.sig, new Map());
  const story = readerView(await readStory(gateway, url.id));
  const src = storyEmbedUrl(origin, url.id, url.mode, storySignature(config, url.id));
  return {
    version: '1.0',
    type: 'rich',
    title: story.title,
    provider_name: 'Brand graph explorer',
    provider_url: `${origin}/`,
    cache_age: 3600,
    width: size.width,
    height: size.height,
    html:
      url.mode === 'scroll'
        ? storyScrollSnippet(src, story.title, story.steps.length)
        : storyClickSnippet(src, story.title, size.height),
  };
}
