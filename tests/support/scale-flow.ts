// A large imported graph in the explorer, as a new user meets it: the generated acquisitions edge
// list imported, the first view measured (isolated entities, hub labels), and the steps of an
// exploration (search, expand, expand, collapse, path, timeline, embed), each waiting on the page
// itself. Shared by tests/browser/scale.test.ts (asserts) and tests/bench/overview-bench.ts (times).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { SerializedGraph } from '../../server/domain/model';
import { importFiles } from '../../server/imports/import-files';
import type { ImportResult } from '../../server/imports/types';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { asText } from '../../server/neo4j/to-plain';
import { generateAcquisitions } from '../bench/generate-acquisitions';

/** Imports a generated acquisitions edge list (`rows` rows around `hubs` hubs, seeded). */
export async function importAcquisitions(
  gateway: Neo4jGateway,
  rows = 20000,
  hubs = 300,
): Promise<ImportResult> {
  const dir = mkdtempSync(join(os.tmpdir(), 'acquisitions-'));
  try {
    const file = join(dir, 'acquisitions.csv');
    writeFileSync(file, generateAcquisitions({ rows, hubs, seed: 7 }));
    return await importFiles(
      gateway,
      {
        format: 'edges',
        file,
        source: 'acquirer_permalink',
        target: 'company_permalink',
        type: 'acquired',
        date: 'acquired_at',
      },
      { dataset: 'Generated acquisitions', skipBad: true },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a first view shows, measured on the page. */
export interface FirstViewMeasures {
  readonly entities: number;
  readonly facts: number;
  /** Entities drawn without any drawn fact. */
  readonly isolated: number;
  /** The best-connected entities' labels: on-screen font size (px, 0 when not drawn). */
  readonly labels: readonly { readonly id: string; readonly px: number }[];
  /** Pairs of those labels whose boxes on screen overlap. */
  readonly overlaps: readonly (readonly [string, string])[];
  readonly status: string;
}

/** The `count` best-connected entities of a first view: its hubs, else by degree. */
export function bestConnected(graph: SerializedGraph, count = 20): string[] {
  if (graph.attributes.hubs) return graph.attributes.hubs.slice(0, count);
  const degree = new Map<string, number>();
  for (const e of graph.edges)
    for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return [...degree.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([id]) => id);
}

/** Measures the first view drawn on `page` (SVG), given the graph the server sent for it. */
export async function measureFirstView(
  page: Page,
  graph: SerializedGraph,
): Promise<FirstViewMeasures> {
  const ends = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  const ids = bestConnected(graph);
  const drawn = await page.evaluate((wanted: string[]) => {
    return wanted.map((id) => {
      const text = document.querySelector<SVGTextElement>(
        `#graph .node[data-id="${CSS.escape(id)}"] text`,
      );
      if (!text || getComputedStyle(text).display === 'none') return { id, px: 0, box: null };
      const px = parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0);
      const r = text.getBoundingClientRect();
      return { id, px, box: { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom } };
    });
  }, ids);
  const overlaps: [string, string][] = [];
  for (let i = 0; i < drawn.length; i += 1) {
    for (let j = i + 1; j < drawn.length; j += 1) {
      const a = drawn[i]?.box;
      const b = drawn[j]?.box;
      if (a && b && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)
        overlaps.push([drawn[i]?.id ?? '', drawn[j]?.id ?? '']);
    }
  }
  return {
    entities: graph.nodes.length,
    facts: graph.edges.length,
    isolated: graph.nodes.filter((n) => !ends.has(n.key)).length,
    labels: drawn.map(({ id, px }) => ({ id, px })),
    overlaps,
    status: (await page.textContent('#status')) ?? '',
  };
}

/** Waits until the explorer's status line reports a drawn view (or an error, which throws). */
export async function waitForView(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const s = document.querySelector('#status');
    return s?.classList.contains('error') || /^\d+ entities/.test(s?.textContent ?? '');
  });
  if (await page.$('#status.error')) throw new Error(`${await page.textContent('#status')}`);
}

/** What the exploration works with: a hub, one of its neighbours, and an entity far from both. */
export interface FlowTargets {
  readonly hub: { readonly id: string; readonly name: string };
  readonly neighbour: { readonly id: string; readonly name: string };
  readonly other: { readonly id: string; readonly name: string };
}

/** Picks the flow's entities from the database: the top hub, a neighbour, the 2nd hub. */
export async function flowTargets(gateway: Neo4jGateway): Promise<FlowTargets> {
  const hubs = await gateway.read(
    'MATCH (e:Entity) WITH e, COUNT { (e)--(:Entity) } AS degree ' +
      'RETURN e.id AS id, e.name AS name ORDER BY degree DESC, id LIMIT 2',
  );
  const [first, second] = hubs.map((r) => ({ id: asText(r.id), name: asText(r.name) }));
  if (!first || !second) throw new Error('The graph has fewer than two entities');
  const [n] = await gateway.read(
    'MATCH (:Entity {id: $id})--(n:Entity) WHERE n.id <> $id ' +
      'WITH n, COUNT { (n)--(:Entity) } AS degree ' +
      'RETURN n.id AS id, n.name AS name ORDER BY degree DESC, id LIMIT 1',
    { id: first.id },
  );
  if (!n) throw new Error(`${first.id} has no neighbour`);
  return { hub: first, neighbour: { id: asText(n.id), name: asText(n.name) }, other: second };
}

/** Types `text` in a search box and picks the first result that names it. */
async function pick(page: Page, box: string, text: string): Promise<void> {
  await page.fill(`${box} input`, text);
  const option = page.locator(`${box} [role=option]`, { hasText: text }).first();
  await option.waitFor();
  await option.click();
}

/** The exploration's steps in order; each resolves once the page shows its result. */
export function flowSteps(
  page: Page,
  t: FlowTargets,
): readonly { readonly name: string; readonly run: () => Promise<void> }[] {
  const expandedHas = (id: string): Promise<unknown> =>
    page.waitForFunction(
      (x) => (new URLSearchParams(location.search).get('expanded') ?? '').split(',').includes(x),
      id,
    );
  return [
    {
      name: 'search a hub',
      run: async () => {
        await pick(page, '#search', t.hub.name);
        await page.waitForSelector(`#details h2:text-is(${JSON.stringify(t.hub.name)})`);
      },
    },
    {
      name: 'expand it',
      run: async () => {
        await page.click('#details button:text-is("Expand")');
        await expandedHas(t.hub.id);
        await page.waitForSelector('#details button:text-is("Collapse")');
        await page.waitForSelector(`#graph .node[data-id="${t.neighbour.id}"]`);
      },
    },
    {
      name: 'expand a neighbour',
      run: async () => {
        await page.click(`#graph .node[data-id="${t.neighbour.id}"]`);
        await page.waitForSelector(`#details h2:text-is(${JSON.stringify(t.neighbour.name)})`);
        await page.click('#details button:text-is("Expand")');
        await expandedHas(t.neighbour.id);
        await page.waitForSelector('#details button:text-is("Collapse")');
      },
    },
    {
      name: 'collapse it',
      run: async () => {
        await page.click('#details button:text-is("Collapse")');
        await page.waitForSelector('#details button:text-is("Expand")');
        await waitForView(page);
      },
    },
    {
      name: 'find a path',
      run: async () => {
        await pick(page, '#paths .search-box:nth-of-type(1)', t.neighbour.name);
        await pick(page, '#paths .search-box:nth-of-type(2)', t.other.name);
        await page.waitForSelector('#paths .path, #paths .error, #paths .meta');
        await page.waitForFunction(() => new URLSearchParams(location.search).has('path'));
      },
    },
    {
      name: 'open the timeline',
      run: async () => {
        const item = page.locator('#timeline .item').first();
        await item.waitFor();
        await item.click();
        await page.waitForFunction(() => new URLSearchParams(location.search).has('fact'));
      },
    },
    {
      name: 'make an embed',
      run: async () => {
        await page.click('#embed-open');
        await page.waitForFunction(() =>
          (document.querySelector<HTMLTextAreaElement>('.embed-dialog textarea')?.value ?? '')
            .startsWith('<iframe'),
        );
        const frame = page.frameLocator('.embed-dialog iframe');
        await frame.locator('#graph .node').first().waitFor();
      },
    },
  ];
}
