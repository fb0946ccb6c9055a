// `npm run schema:json`: writes data/schema/fact-file.schema.json from the validators.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../config';
import { factFileJsonSchema } from './file-format';

export const JSON_SCHEMA_PATH = join(PROJECT_ROOT, 'data', 'schema', 'fact-file.schema.json');

mkdirSync(dirname(JSON_SCHEMA_PATH), { recursive: true });
writeFileSync(JSON_SCHEMA_PATH, `${JSON.stringify(factFileJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${JSON_SCHEMA_PATH}`);
