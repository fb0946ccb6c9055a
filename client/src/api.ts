// Talks to the server's API; errors come back as problem+json and become readable messages.
import type { SerializedGraph } from '../../server/domain/model';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiError(0, 'The explorer server cannot be reached. Is it running?');
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = (await response.json()) as { detail?: string; title?: string };
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      // Not a problem document: keep the status text.
    }
    throw new ApiError(response.status, detail);
  }
  return (await response.json()) as T;
}

/** The whole graph. */
export function fetchGraph(): Promise<SerializedGraph> {
  return getJson<SerializedGraph>('/api/graph');
}
