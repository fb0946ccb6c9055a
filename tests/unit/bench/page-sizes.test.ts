import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlAssets, pageSizes, sizeTable, staticImports } from '../../bench/page-sizes';

describe('htmlAssets', () => {
  it('finds module scripts, module preloads and stylesheets, not icons', () => {
    const html = `<link rel="icon" href="/favicon.svg" />
      <script type="module" crossorigin src="/assets/index-1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/shared-2.js">
      <link rel='stylesheet' href=assets/index-3.css>
      <script>inline()</script>`;
    expect(htmlAssets(html)).toEqual({
      scripts: ['/assets/index-1.js', '/assets/shared-2.js'],
      styles: ['assets/index-3.css'],
    });
  });
});

describe('staticImports', () => {
  it('keeps static imports and re-exports, leaves dynamic imports out', async () => {
    const code =
      'import{a as b}from"./x-1.js";import"./y-2.js";export{c}from"./z-3.js";export*from"./w-4.js";' +
      'const l=()=>import("./lazy-5.js");new Worker(new URL("./worker-6.js",import.meta.url));';
    expect(await staticImports(code)).toEqual(['./x-1.js', './y-2.js', './z-3.js', './w-4.js']);
  });
});

describe('pageSizes', () => {
  let root = '';
  const main = 'import{s}from"./shared.js";import("./lazy.js");console.log(s);';
  const shared = 'export const s="shared code";';
  const css = 'body{margin:0}';

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'page-sizes-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'main.js'), main);
    writeFileSync(join(root, 'assets', 'shared.js'), shared);
    writeFileSync(join(root, 'assets', 'lazy.js'), 'export const lazy = 1;'.repeat(100));
    writeFileSync(join(root, 'assets', 'main.css'), css);
    writeFileSync(
      join(root, 'index.html'),
      '<script type="module" src="/assets/main.js"></script><link rel="stylesheet" href="/assets/main.css">',
    );
    writeFileSync(
      join(root, 'embed.html'),
      '<script type="module" src="./assets/shared.js"></script><script src="https://cdn.example/x.js"></script>',
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports every page: its scripts, their static imports and its stylesheets, gzipped', async () => {
    const sizes = await pageSizes(root);
    expect(sizes.map((s) => s.page)).toEqual(['embed.html', 'index.html']);
    const index = sizes[1];
    expect(index?.assets.map((a) => a.path)).toEqual([
      'assets/main.js',
      'assets/shared.js',
      'assets/main.css',
    ]);
    expect(index?.jsGzip).toBe(gzipSync(main).length + gzipSync(shared).length);
    expect(index?.cssGzip).toBe(gzipSync(css).length);
    expect(sizes[0]?.assets.map((a) => a.path)).toEqual(['assets/shared.js']);
    expect(sizes[0]?.cssGzip).toBe(0);
  });

  it('names the page and the file when a named asset is missing', async () => {
    writeFileSync(
      join(root, 'broken.html'),
      '<script type="module" src="/assets/gone.js"></script>',
    );
    await expect(pageSizes(root)).rejects.toThrow(
      'broken.html: assets/gone.js is missing from the build',
    );
    rmSync(join(root, 'broken.html'));
  });
});

describe('sizeTable', () => {
  it('prints one Markdown row per page, sizes in kB with one decimal', () => {
    const rows = sizeTable([
      {
        page: 'index.html',
        assets: [
          { path: 'assets/a.js', bytes: 5000, gzip: 2048 },
          { path: 'assets/a.css', bytes: 900, gzip: 512 },
        ],
        jsGzip: 2048,
        cssGzip: 512,
      },
    ]);
    expect(rows[0]).toBe('| page | JS kB gz | CSS kB gz | total kB gz | files |');
    expect(rows[2]).toBe(
      '| index.html | 2.0 | 0.5 | 2.5 | assets/a.js (2.0), assets/a.css (0.5) |',
    );
  });
});
