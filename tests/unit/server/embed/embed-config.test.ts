// Embed settings from the environment: a token needs a key; origins are checked.
import { describe, expect, it } from 'vitest';
import { readEmbedConfig } from '../../../../server/embed/embed-config';
import { ConfigError } from '../../../../server/errors';

const KEY = 'k'.repeat(32);

describe('readEmbedConfig', () => {
  it('defaults to open, framable anywhere, unsigned', () => {
    expect(readEmbedConfig({})).toEqual({ origins: ['*'] });
  });

  it('refuses to start with an analyst token but no signing key', () => {
    expect(() => readEmbedConfig({ ANALYST_TOKEN: 't'.repeat(20) })).toThrow(/EMBED_SIGNING_KEY/);
    expect(readEmbedConfig({ ANALYST_TOKEN: 't'.repeat(20), EMBED_SIGNING_KEY: KEY })).toEqual({
      analystToken: 't'.repeat(20),
      signingKey: KEY,
      origins: ['*'],
    });
  });

  it('refuses short secrets and origins that are not origins', () => {
    expect(() => readEmbedConfig({ EMBED_SIGNING_KEY: 'short' })).toThrow(ConfigError);
    expect(() => readEmbedConfig({ ANALYST_TOKEN: 'short', EMBED_SIGNING_KEY: KEY })).toThrow(
      /ANALYST_TOKEN/,
    );
    expect(() => readEmbedConfig({ EMBED_ORIGINS: 'https://a.example/page' })).toThrow(
      /EMBED_ORIGINS/,
    );
    expect(() => readEmbedConfig({ PUBLIC_URL: 'ftp://a.example' })).toThrow(/PUBLIC_URL/);
  });

  it('reads a list of origins', () => {
    expect(
      readEmbedConfig({ EMBED_ORIGINS: 'https://news.example, http://localhost:8080' }).origins,
    ).toEqual(['https://news.example', 'http://localhost:8080']);
  });
});
