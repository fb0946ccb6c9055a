// Serves the real app in-process on a free port, over the test database.
import type { Server } from 'node:http';
import { createApp, type AppOptions } from '../../server/app';

export interface RunningApp {
  readonly url: string;
  get(path: string): Promise<Response>;
  getJson<T>(path: string): Promise<T>;
  close(): Promise<void>;
}

export async function serveApp(options: AppOptions): Promise<RunningApp> {
  const server: Server = createApp({ rateLimitPerMinute: 0, ...options }).listen(0, '127.0.0.1');
  await new Promise<void>((r) => server.once('listening', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    get: (path) => fetch(`${url}${path}`),
    async getJson<T>(path: string) {
      const response = await fetch(`${url}${path}`);
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
