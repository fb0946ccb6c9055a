// Each wire shape is defined once, as a zod schema in server/domain/wire: the client declares no
// interface or type of the same name (it imports the type), and only types cross into the client.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../../server/config';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

const WIRE = join(PROJECT_ROOT, 'server', 'domain', 'wire');
const text = (path: string): string => readFileSync(path, 'utf8');

/** The names of the wire types: `export type Name = Wire<typeof schema>`. */
const wireNames = new Set(
  sources(WIRE).flatMap((path) =>
    [...text(path).matchAll(/^export type (\w+) = Wire<typeof \w+>;$/gm)].map((m) => m[1] ?? ''),
  ),
);

/** Interfaces and type aliases a file declares, by name, with their line numbers. */
function declarations(source: string): { name: string; line: number }[] {
  return source.split('\n').flatMap((line, i) => {
    const m =
      /^\s*(?:export\s+)?(?:declare\s+)?(?:interface\s+(\w+)|type\s+(\w+)\s*(?:<[^=]*>)?\s*=)/.exec(
        line,
      );
    const name = m?.[1] ?? m?.[2];
    return name !== undefined ? [{ name, line: i + 1 }] : [];
  });
}

/** Imports of a module matching `target` that are not type-only (`import type` / `export type`). */
function valueImports(source: string, target: RegExp): string[] {
  return [...source.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)]
    .filter((m) => m[2] === undefined && target.test(m[3] ?? ''))
    .map((m) => m[3] ?? '');
}

describe('wire shapes are defined once', () => {
  it('finds the wire types (TimePoint, ChangeItem, ImportPhase, SerializedGraph, ...)', () => {
    for (const name of ['TimePoint', 'ChangeItem', 'ImportPhase', 'SerializedGraph', 'FactFile']) {
      expect(wireNames, name).toContain(name);
    }
    // The overview's companions and the recorded imports (once interfaces beside their schemas).
    for (const name of [
      'HubEntry',
      'HubsAnswer',
      'CommunityCluster',
      'CommunitiesAnswer',
      'ImportStatus',
      'ImportRecordSummary',
      'ImportRecords',
      'ImportUndone',
    ]) {
      expect(wireNames, name).toContain(name);
    }
    expect(wireNames.size).toBeGreaterThan(30);
  });

  it('the client declares no interface or type named like a wire shape', () => {
    const clashes = sources(join(PROJECT_ROOT, 'client')).flatMap((path) =>
      declarations(text(path))
        .filter((d) => wireNames.has(d.name))
        .map((d) => `${relative(PROJECT_ROOT, path)}:${d.line} declares ${d.name}`),
    );
    expect(clashes).toEqual([]);
  });

  it('no server file outside server/domain/wire declares a wire shape again', () => {
    const clashes = sources(join(PROJECT_ROOT, 'server'))
      .filter((path) => !path.startsWith(WIRE))
      .flatMap((path) =>
        declarations(text(path))
          .filter((d) => wireNames.has(d.name))
          .filter((d) => !aliasOfWire(text(path), d.line))
          .map((d) => `${relative(PROJECT_ROOT, path)}:${d.line} declares ${d.name}`),
      );
    expect(clashes).toEqual([]);
  });

  it('the client and the pure domain import the wire schemas as types only (no zod shipped)', () => {
    const domain = sources(join(PROJECT_ROOT, 'server', 'domain')).filter(
      (path) => !path.startsWith(WIRE),
    );
    const runtime = [...sources(join(PROJECT_ROOT, 'client')), ...domain].flatMap((path) =>
      valueImports(text(path), /(^|\/)wire\//).map((m) => `${relative(PROJECT_ROOT, path)}: ${m}`),
    );
    expect(runtime).toEqual([]);
  });

  it('detects a copy: a declared interface with a wire name is found', () => {
    expect(declarations('export interface ChangeItem {\n}').map((d) => d.name)).toEqual([
      'ChangeItem',
    ]);
    expect(declarations("export type { ChangeItem } from './x';")).toEqual([]);
    expect(valueImports("import { timePoint } from '../wire/time';", /wire\//)).toEqual([
      '../wire/time',
    ]);
    expect(valueImports("import type { TimePoint } from '../wire/time';", /wire\//)).toEqual([]);
  });
});

/** True when the declaration on `line` only names a wire type (`type SchemaStats = SchemaAnswer`). */
function aliasOfWire(source: string, line: number): boolean {
  return /=\s*\w+;\s*$/.test(source.split('\n')[line - 1] ?? '');
}
