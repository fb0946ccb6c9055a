import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../server/config';
import { FACT_TYPE_NAMES } from '../../../../server/domain/vocabulary';
import { factFileJsonSchema } from '../../../../server/load/file-format';

describe('the JSON Schema for editors', () => {
  it('is committed as generated from the validators (run `npm run schema:json`)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'data', 'schema', 'fact-file.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(factFileJsonSchema());
  });

  it('lists the fact types so editors can complete them', () => {
    expect(JSON.stringify(factFileJsonSchema())).toContain(JSON.stringify(FACT_TYPE_NAMES));
  });
});
