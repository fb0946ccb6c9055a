// Serves the real app in-process on a free port, over the test database.
import type { Server } from 'node:http';
import { createApp } from '../../server/app';
import type { Neo4jGateway } from '../../server/neo4j/gateway';

export interface RunningApp {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveApp(gateway: Neo4jGateway): Promise<RunningApp> {
  const server: Server = createApp({ gateway }).listen(0, '127.0.0.1');
  await new Promise<void>((r) => server.once('listening', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
