import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, readConfig } from '../../../server/config';
import { ConfigError } from '../../../server/errors';

describe('readConfig', () => {
  it('defaults to the embedded Neo4j on 7687 with data kept in the project', () => {
    const config = readConfig({});
    expect(config.port).toBe(3000);
    expect(config.neo4j).toMatchObject({ mode: 'embedded', boltPort: 7687, database: 'neo4j' });
    expect(config.neo4j.mode === 'embedded' && config.neo4j.home).toMatch(/\.neo4j-data$/);
  });

  it('uses an external server when NEO4J_URI is set, with the database named explicitly', () => {
    const config = readConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'brands',
    });
    expect(config.neo4j).toEqual({
      mode: 'external',
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'neo4j',
      password: 'pw',
      database: 'brands',
    });
  });

  it('keeps imports off without EDITOR_TOKEN, and on with limits when it is set', () => {
    expect(readConfig({}).imports).toBeUndefined();
    expect(readConfig({ EDITOR_TOKEN: 'a-long-editor-token', IMPORT_MAX_MB: '5' }).imports).toEqual(
      {
        editorToken: 'a-long-editor-token',
        maxFileBytes: 5 * 1024 * 1024,
        maxFiles: 10,
        jobsDir: join(PROJECT_ROOT, '.neo4j-data', 'import-jobs'),
      },
    );
    // Import jobs and uploads live under the app's data folder, never the system temp folder.
    expect(
      readConfig({ EDITOR_TOKEN: 'a-long-editor-token', NEO4J_EMBEDDED_DATA: '/srv/graph' }).imports
        ?.jobsDir,
    ).toBe('/srv/graph/import-jobs');
    expect(
      readConfig({
        EDITOR_TOKEN: 'a-long-editor-token',
        NEO4J_URI: 'bolt://db:7687',
        NEO4J_USERNAME: 'neo4j',
        NEO4J_PASSWORD: 'secret',
      }).imports?.jobsDir,
    ).toBe(join(PROJECT_ROOT, '.import-jobs'));
    expect(
      readConfig({ EDITOR_TOKEN: 'a-long-editor-token', IMPORT_JOBS_DIR: 'jobs' }).imports?.jobsDir,
    ).toBe(join(PROJECT_ROOT, 'jobs'));
    expect(() => readConfig({ EDITOR_TOKEN: 'short' })).toThrow(/EDITOR_TOKEN must be at least 16/);
    expect(() => readConfig({ EDITOR_TOKEN: 'a-long-editor-token', IMPORT_MAX_MB: '0' })).toThrow(
      /IMPORT_MAX_MB must be a whole number/,
    );
  });

  it('names the variable that is wrong', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
    expect(() => readConfig({ NEO4J_URI: 'http://x' })).toThrow(ConfigError);
    expect(() => readConfig({ NEO4J_URI: 'bolt://x' })).toThrow(
      /NEO4J_USERNAME and NEO4J_PASSWORD must be set/,
    );
    expect(() => readConfig({ NEO4J_EMBEDDED_BOLT_PORT: '70000' })).toThrow(
      /NEO4J_EMBEDDED_BOLT_PORT/,
    );
  });
});
