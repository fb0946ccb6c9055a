// Page sizes alone (not a test; prints a table): the initial JS and CSS, gzipped, of every HTML
// page in dist/client, without the renderer measurements of bench:client.
//   npm run build && npm run bench:size
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pageSizes, sizeTable } from './page-sizes';

const CLIENT_DIST = join(import.meta.dirname, '..', '..', 'dist', 'client');

if (!existsSync(CLIENT_DIST)) {
  console.error(`No build in ${CLIENT_DIST}; run \`npm run build\` first.`);
  process.exit(1);
}
for (const line of sizeTable(await pageSizes(CLIENT_DIST))) console.log(line);
