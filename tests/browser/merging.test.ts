// Merges and "as known on" in real Chromium: a suggested duplicate merged from its details
// with an editor token and the merge undone; a day before an edit shows the old graph.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../server/domain/model';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';
import { entityOf, factOf, recordedLongAgo, writeRevision } from '../support/revisions';

const TOKEN = 'alice-token-for-merge-tests';
let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  await recordedLongAgo(gateway);
  // A duplicate of Gucci with a fact of its own, as a second dataset might bring it.
  await gateway.write(
    `CREATE (d:Entity:Brand {id: 'gucci-dup', kind: 'Brand', name: 'GUCCI', aliases: [],
       aliasText: ''})
     WITH d MATCH (k:Entity {id: 'kering'})
     CREATE (k)-[:OWNS {id: 'f-kering-owns-gucci-dup',
       citations: '[{"source":"fashionista-2016-05-gucci-quits-iacc"}]'}]->(d)`,
  );
  app = await serveApp({ gateway, editors: new Map([[TOKEN, 'alice']]) });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await app.close();
  await loadBundledData(gateway);
  await gateway.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${app.url}${path}`);
  await page.waitForSelector('#graph .node');
  return page;
}

const heading = (page: Page, name: string) =>
  page.waitForFunction((n) => document.querySelector('#details h2')?.textContent === n, name);

describe('merging from the details panel', () => {
  it('merges a suggested duplicate into Gucci, then undoes it', async () => {
    const page = await open('/?entity=gucci-dup');
    await heading(page, 'GUCCI');
    await page.click('#details details.merge summary');
    const offer = '#details [data-merge-other="gucci"]';
    await page.waitForSelector(offer);
    expect(await page.textContent(offer)).toBe('Merge into Gucci');
    await page.fill('#details input[aria-label="Editor token"]', TOKEN);
    await page.click(offer);
    // The view reads again and shows Gucci, which now holds the duplicate's fact.
    await heading(page, 'Gucci');
    await page.waitForSelector('#details [data-fact="f-kering-owns-gucci-dup"]');
    const [merged] = await gateway.read(
      "MATCH (m:MergedEntity {id: 'gucci-dup'}) RETURN count(m) AS n",
    );
    expect(Number(merged?.n)).toBe(1);
    expect(await page.textContent('#details details.merge [aria-live]')).toBe(
      'Merged GUCCI into Gucci.',
    );

    await page.click('#details details.merge button:text("Undo merge")');
    await heading(page, 'GUCCI');
    const [back] = await gateway.read("MATCH (e:Entity {id: 'gucci-dup'}) RETURN count(e) AS n");
    expect(Number(back?.n)).toBe(1);
    await page.close();
  });
});

describe('as known on a day', () => {
  it('shows the graph as recorded on a day before an edit, kept in the address', async () => {
    const before = await app.getJson<SerializedGraph>('/api/graph');
    const owns = before.edges.find((e) => e.key === 'a-kering-owns-gucci');
    const gucci = before.nodes.find((n) => n.key === 'gucci');
    if (!owns || !gucci) throw new Error('the article has changed');
    await writeRevision(gateway, {
      seq: 9001,
      at: '2020-03-02T12:00:00Z',
      action: 'retract',
      target: 'fact',
      targetId: owns.key,
      before: factOf(owns),
      after: null,
    });
    await writeRevision(gateway, {
      seq: 9002,
      at: '2020-03-02T12:00:00Z',
      action: 'update',
      target: 'entity',
      targetId: 'gucci',
      before: entityOf(gucci),
      after: { ...entityOf(gucci), name: 'Gucci (edited)' },
    });
    await gateway.write('MATCH ()-[r {id: $id}]->() DELETE r', { id: owns.key });
    await gateway.write("MATCH (e:Entity {id: 'gucci'}) SET e.name = 'Gucci (edited)'");

    const page = await open('/?entity=gucci');
    await heading(page, 'Gucci (edited)');
    expect(await page.$('#graph [data-id="a-kering-owns-gucci"]')).toBeNull();
    await page.fill('input[aria-label="As known on"]', '2020-03-01');
    await heading(page, 'Gucci');
    await page.waitForSelector('#graph [data-id="a-kering-owns-gucci"]');
    expect(new URL(page.url()).searchParams.get('known')).toBe('2020-03-01');

    // The address alone brings it back, in a new tab.
    const again = await open('/?entity=gucci&known=2020-03-01');
    await heading(again, 'Gucci');
    expect(await again.inputValue('input[aria-label="As known on"]')).toBe('2020-03-01');
    await again.click('button:text("As known now")');
    await heading(again, 'Gucci (edited)');
    await page.close();
    await again.close();
  });
});
