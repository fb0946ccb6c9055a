// Initial download of every page vite built: the scripts and stylesheets its HTML names, plus
// the modules those scripts import statically (not the dynamic imports and workers loaded later),
// each gzipped on its own as a server would send it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

export interface PageAsset {
  /** Path relative to the build folder, with forward slashes. */
  readonly path: string;
  readonly bytes: number;
  readonly gzip: number;
}

export interface PageSize {
  /** The HTML file, relative to the build folder. */
  readonly page: string;
  readonly assets: readonly PageAsset[];
  readonly jsGzip: number;
  readonly cssGzip: number;
}

const ATTRIBUTE = (name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

function attribute(tag: string, name: string): string | undefined {
  const m = ATTRIBUTE(name).exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** The URLs an HTML page loads up front: module scripts, module preloads and stylesheets. */
export function htmlAssets(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    if (/^<script/i.test(tag)) {
      const src = attribute(tag, 'src');
      if (src) scripts.push(src);
      continue;
    }
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) styles.push(href);
    else if (rel.includes('modulepreload')) scripts.push(href);
  }
  return { scripts, styles };
}

/** The specifiers a module imports statically (`import … from`, `export … from`, `import '…'`). */
export async function staticImports(code: string): Promise<string[]> {
  await init();
  const [imports] = parse(code);
  return imports.flatMap((i) =>
    i.type === 'static' || i.type === 'reexport-star' ? [i.specifier] : [],
  );
}

function isLocal(url: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}

/** Resolves a URL from a page or module to a file in `root` (absolute URLs from `root`). */
function toFile(root: string, from: string, url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  const file = path.startsWith('/') ? join(root, path) : resolve(dirname(from), path);
  if (file !== root && !file.startsWith(root + sep)) {
    throw new Error(`${relative(root, from)}: ${url} points outside the build folder`);
  }
  return file;
}

function asset(root: string, file: string, page: string): PageAsset {
  let body: Buffer;
  try {
    body = readFileSync(file);
  } catch {
    throw new Error(`${relative(root, page)}: ${relative(root, file)} is missing from the build`);
  }
  return {
    path: relative(root, file).split(sep).join('/'),
    bytes: body.length,
    gzip: gzipSync(body).length,
  };
}

/** The initial JS and CSS of one built page, following static imports from its scripts. */
export async function pageSize(root: string, htmlFile: string): Promise<PageSize> {
  const { scripts, styles } = htmlAssets(readFileSync(htmlFile, 'utf8'));
  const seen = new Set<string>();
  const queue = scripts.filter(isLocal).map((url) => toFile(root, htmlFile, url));
  const js: PageAsset[] = [];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    js.push(asset(root, file, htmlFile));
    for (const url of await staticImports(readFileSync(file, 'utf8'))) {
      if (isLocal(url)) queue.push(toFile(root, file, url));
    }
  }
  const css = [...new Set(styles.filter(isLocal).map((url) => toFile(root, htmlFile, url)))].map(
    (file) => asset(root, file, htmlFile),
  );
  const sum = (list: readonly PageAsset[]) => list.reduce((s, a) => s + a.gzip, 0);
  return {
    page: relative(root, htmlFile).split(sep).join('/'),
    assets: [...js, ...css],
    jsGzip: sum(js),
    cssGzip: sum(css),
  };
}

/** Every HTML file in a build folder (sorted), found recursively. */
export function htmlPages(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extname(entry.name).toLowerCase() === '.html') found.push(path);
    }
  };
  walk(root);
  return found.sort();
}

/** The initial size of every page in a build folder. */
export async function pageSizes(root: string): Promise<PageSize[]> {
  const dir = resolve(root);
  return Promise.all(htmlPages(dir).map((file) => pageSize(dir, file)));
}

const kB = (bytes: number): string => (bytes / 1024).toFixed(1);

/** The sizes as a Markdown table, one row per page. */
export function sizeTable(sizes: readonly PageSize[]): string[] {
  return [
    '| page | JS kB gz | CSS kB gz | total kB gz | files |',
    '| --- | ---: | ---: | ---: | --- |',
    ...sizes.map(
      (p) =>
        `| ${p.page} | ${kB(p.jsGzip)} | ${kB(p.cssGzip)} | ${kB(p.jsGzip + p.cssGzip)} | ${p.assets.map((a) => `${a.path} (${kB(a.gzip)})`).join(', ')} |`,
    ),
  ];
}
