// Accepting a proposal: the article saved once as a source (POST /api/sources), then the fact
// with a citation of the quoted words and their offsets (POST /api/facts), through the
// authoring endpoints. Nothing is sent before a person accepts.
import type { FactTime } from '../../../server/domain/time';

/** The article's metadata as the person gave it. */
export interface ArticleMeta {
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  readonly published: string;
}

/** A fact as accepted (perhaps edited), with the words that state it. */
export interface AcceptedFact {
  readonly type: string;
  readonly subject: string;
  readonly object: string;
  readonly time: FactTime;
  readonly span: { readonly text: string; readonly start: number; readonly end: number };
}

async function problem(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { detail?: string; title?: string };
    return body.detail ?? body.title ?? response.statusText;
  } catch {
    return response.statusText;
  }
}

async function post(path: string, token: string, body: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${await problem(response)}`);
  return response.json();
}

/** Saves the article's source once, then each accepted fact citing it. */
export class ArticleSaver {
  private source: Promise<string> | undefined;

  /**
   * `text` is sent with the source only when `keepText()` says so (off by default): otherwise
   * only the quoted spans are stored.
   */
  constructor(
    private readonly meta: () => ArticleMeta,
    private readonly token: () => string,
    private readonly text: string,
    private readonly keepText: () => boolean,
  ) {}

  /** The source's id, creating the source on first use (a failed try is tried again). */
  private sourceId(): Promise<string> {
    this.source ??= (async () => {
      const meta = this.meta();
      const body = {
        kind: 'news-article',
        title: meta.title,
        publisher: meta.publisher,
        published: meta.published,
        ...(meta.url ? { url: meta.url } : {}),
        ...(this.keepText() ? { text: this.text } : {}),
      };
      const saved = (await post('/api/sources', this.token(), body)) as { id: string };
      return saved.id;
    })().catch((error: unknown) => {
      this.source = undefined;
      throw error;
    });
    return this.source;
  }

  /** Saves one fact; resolves to the saved fact's id. */
  async accept(fact: AcceptedFact): Promise<string> {
    const source = await this.sourceId();
    const saved = (await post('/api/facts', this.token(), {
      type: fact.type,
      subject: fact.subject,
      object: fact.object,
      time: fact.time,
      attributes: {},
      sources: [{ source, span: fact.span }],
    })) as { id: string };
    return saved.id;
  }
}
