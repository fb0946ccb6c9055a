// Configuration of embeds and of the analyst access mode, read from the environment.
import { ConfigError } from '../errors';

export interface EmbedConfig {
  /** When set, the explorer's API needs `Authorization: Bearer <token>` (health stays open). */
  readonly analystToken?: string;
  /** Key of the embed signatures (HMAC-SHA256); embeds are unsigned without it. */
  readonly signingKey?: string;
  /** Origins that may frame embeds and send them commands; `['*']`: any. */
  readonly origins: readonly string[];
  /** The address readers reach the app at (for oEmbed and discovery); else the request's host. */
  readonly publicUrl?: string;
}

export const OPEN_EMBEDS: EmbedConfig = { origins: ['*'] };

type Env = Readonly<Record<string, string | undefined>>;

function origin(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name}: "${raw}" is not an origin such as https://news.example`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.origin !== raw.replace(/\/$/, '')) {
    throw new ConfigError(
      `${name}: "${raw}" is not an origin (scheme, host and port only, e.g. https://news.example)`,
    );
  }
  return url.origin;
}

/** Reads ANALYST_TOKEN, EMBED_SIGNING_KEY, EMBED_ORIGINS and PUBLIC_URL; throws ConfigError. */
export function readEmbedConfig(env: Env): EmbedConfig {
  const analystToken = env.ANALYST_TOKEN || undefined;
  const signingKey = env.EMBED_SIGNING_KEY || undefined;
  if (analystToken !== undefined && analystToken.length < 16) {
    throw new ConfigError('ANALYST_TOKEN must be at least 16 characters long');
  }
  if (signingKey !== undefined && signingKey.length < 32) {
    throw new ConfigError(
      'EMBED_SIGNING_KEY must be at least 32 characters long (e.g. `openssl rand -base64 32`)',
    );
  }
  if (analystToken !== undefined && signingKey === undefined) {
    throw new ConfigError(
      'ANALYST_TOKEN is set, so EMBED_SIGNING_KEY must be set too: embeds read their view with a signature made with that key',
    );
  }
  const rawOrigins = (env.EMBED_ORIGINS ?? '*')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  const origins =
    rawOrigins.length === 0 || rawOrigins.includes('*')
      ? ['*']
      : rawOrigins.map((o) => origin('EMBED_ORIGINS', o));
  const publicUrl = env.PUBLIC_URL ? origin('PUBLIC_URL', env.PUBLIC_URL) : undefined;
  return {
    ...(analystToken !== undefined ? { analystToken } : {}),
    ...(signingKey !== undefined ? { signingKey } : {}),
    origins,
    ...(publicUrl !== undefined ? { publicUrl } : {}),
  };
}
