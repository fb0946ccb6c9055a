// Authoring in real Chromium with an editor token: a fact from a second article (its quote, a
// "mid-June" date at month precision) added from an entity's details and seen in the details,
// the timeline and the story; saves without a source refused by the form and by the server
// (422 naming the field); a name edited and reverted from the history; two tabs editing one
// fact (the second sees both versions); "as known on" the day before shows the old graph.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityDetails } from '../../server/domain/api';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { seriousViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { loadBundledData, testGateway } from '../support/database';
import { TEST_EDITORS, testEditors } from '../support/editor-requests';
import { serveApp, type RunningApp } from '../support/http-app';
import { recordedLongAgo } from '../support/revisions';

let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  await recordedLongAgo(gateway);
  app = await serveApp({ gateway, editors: testEditors() });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await app.close();
  await loadBundledData(gateway);
  await gateway.close();
});

/** A tab holding `token` as its editor token (as one typed once in this tab would be). */
async function open(path: string, token: string = TEST_EDITORS.alice): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript((t) => sessionStorage.setItem('brand-graph-editor-token', t), token);
  await page.goto(`${app.url}${path}`);
  await page.waitForSelector('#graph .node');
  return page;
}

const heading = (page: Page, name: string) =>
  page.waitForFunction((n) => document.querySelector('#details h2')?.textContent === n, name);

async function count(cypher: string): Promise<number> {
  const [row] = await gateway.read(cypher);
  return Number(row?.n);
}

/** Picks `id` in the search picker labelled `label` inside `scope` by typing `text`. */
async function pick(page: Page, scope: string, label: string, text: string, id: string) {
  await page.fill(`${scope} input[aria-label="${label}"]`, text);
  await page.click(`${scope} input[aria-label="${label}"] ~ ul li[data-id="${id}"]`);
}

const QUOTE = 'Gucci said in mid-June that it would work with Alibaba against fakes';
const FORM = '#details form[aria-label="New fact"]';

describe('adding a fact from a second article', () => {
  it('refuses a save without a source (the form says why) and shows the new fact everywhere', async () => {
    const page = await open('/?expanded=gucci&entity=gucci');
    await heading(page, 'Gucci');
    await page.click('#details details.add-fact summary');
    await page.selectOption(`${FORM} select[name="type"]`, 'PARTNERED_WITH');
    await pick(page, FORM, 'Object', 'Alibaba', 'alibaba');
    await page.fill(`${FORM} input[name="start-date"]`, '2016-06');
    await page.fill(`${FORM} input[name="start-wording"]`, 'mid-June');

    // No source: the form says so, and nothing is sent.
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') posts.push(r.url());
    });
    const revisions = await count('MATCH (r:Revision) RETURN count(r) AS n');
    await page.click(`${FORM} button[type="submit"]`);
    const said = await page.waitForSelector(`${FORM} .form-status li[data-path="sources"]`);
    expect(await said.textContent()).toBe(
      'sources: A fact needs at least one source that states it',
    );
    expect(posts).toEqual([]);
    expect(await count('MATCH (r:Revision) RETURN count(r) AS n')).toBe(revisions);

    // A new source: its address, publisher, title and date, and the quoted words.
    await page.check(`${FORM} input[type="radio"][value="new"]`);
    await page.fill(
      `${FORM} input[name="source-url"]`,
      'https://example.org/2016/06/gucci-alibaba',
    );
    await page.fill(`${FORM} input[aria-label="Publisher"]`, 'Example Daily');
    await page.fill(`${FORM} input[name="source-title"]`, 'Gucci and Alibaba to work together');
    await page.fill(`${FORM} input[name="source-published"]`, '2016-06-20');
    await page.fill(`${FORM} textarea[name="span"]`, QUOTE);
    await page.click(`${FORM} button[type="submit"]`);

    // The details read again: the fact, its quote, its source and its wording.
    const quote = await page.waitForSelector(`#details .fact blockquote.span:text("${QUOTE}")`);
    const id = await quote.evaluate((q) => q.closest('[data-fact]')?.getAttribute('data-fact'));
    expect(id).toMatch(/^f-/);
    const block = `#details li [data-fact="${id}"]`;
    expect(await page.textContent(`${block} .sentence`)).toContain('June 2016');
    expect(await page.textContent(`${block} .meta`)).toContain(
      'month only, the source says "mid-June"',
    );
    expect(await page.textContent(`${block} .sources a`)).toBe(
      'Gucci and Alibaba to work together',
    );
    // The timeline draws it; the story tells it with its publisher.
    await page.waitForSelector(`#timeline .item[data-fact="${id}"]`);
    const line = await page.waitForSelector('.story-section li:has-text("June 2016")');
    expect(await line.textContent()).toContain('Example Daily');
    const details = await app.getJson<EntityDetails>('/api/entities/gucci');
    const saved = details.facts.find((f) => f.fact.key === id)?.fact;
    expect(saved?.target).toBe('alibaba');
    expect(saved?.attributes.type).toBe('PARTNERED_WITH');
    expect(saved?.attributes.time.start).toEqual({
      date: '2016-06',
      precision: 'month',
      wording: 'mid-June',
    });
    expect(saved?.attributes.sources[0]?.span?.text).toBe(QUOTE);
    await page.close();
  });

  it("shows the server's 422 naming the field when a request without a source reaches it", async () => {
    const page = await open('/?expanded=gucci&entity=gucci');
    await heading(page, 'Gucci');
    await page.click('#details details.add-fact summary');
    await page.selectOption(`${FORM} select[name="type"]`, 'EXPRESSED_INTEREST_IN');
    await pick(page, FORM, 'Object', 'IACC', 'iacc');
    await page.selectOption(
      `${FORM} .citation select[name="source"]`,
      'fashionista-2016-05-gucci-quits-iacc',
    );
    // The request loses its citations on the way, as an older client's might: the server refuses.
    await page.route('**/api/facts', async (route) => {
      const body = route.request().postDataJSON() as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...body, sources: [] }) });
    });
    const revisions = await count('MATCH (r:Revision) RETURN count(r) AS n');
    await page.click(`${FORM} button[type="submit"]`);
    const field = await page.waitForSelector(`${FORM} .form-status li[data-path="sources"]`);
    expect(await field.textContent()).toBe(
      'sources: A fact needs at least one source that states it',
    );
    expect(await page.textContent(`${FORM} .form-status p.error`)).toContain(
      'Refused by the server',
    );
    expect(await count('MATCH (r:Revision) RETURN count(r) AS n')).toBe(revisions);
    await page.close();
  });
});

describe('editing and history', () => {
  it('edits a name, lists the change in the history, and reverts it', async () => {
    const page = await open('/?entity=kering');
    await heading(page, 'Kering');
    await page.click('#details details.edit-entity summary');
    const form = '#details form[aria-label="Edit entity"]';
    await page.fill(`${form} input[name="name"]`, 'Kering Group SA');
    await page.fill(`${form} input[name="comment"]`, 'full legal name');
    await page.click(`${form} button[type="submit"]`);
    await heading(page, 'Kering Group SA');

    await page.click('#details section.authoring details.history summary');
    const edit = await page.waitForSelector(
      '#details .revisions li:has-text("Name: Kering → Kering Group SA")',
    );
    expect(await edit.textContent()).toContain('alice edited');
    expect(await edit.textContent()).toContain('Why: full legal name');
    await (await edit.$('button:text("Revert")'))?.click();
    await heading(page, 'Kering');
    // The history (still open) now starts with the revert, a revision of its own.
    const first = await page.waitForSelector('#details .revisions li:has-text("reverting")');
    expect(await first.textContent()).toContain('Name: Kering Group SA → Kering');
    expect(await count("MATCH (r:Revision {targetId: 'kering'}) RETURN count(r) AS n")).toBe(2);
    const [row] = await gateway.read("MATCH (e:Entity {id: 'kering'}) RETURN e.name AS name");
    expect(row?.name).toBe('Kering');
    await page.close();
  });

  it('ranks a claim deprecated with a reason from the fact details', async () => {
    const page = await open('/?expanded=kering&fact=a-kering-owns-saint-laurent');
    await page.waitForSelector('#details details.rank');
    await page.click('#details details.rank summary');
    const form = '#details form[aria-label="Rank this claim"]';
    await page.selectOption(`${form} select[name="rank"]`, 'deprecated');
    await page.click(`${form} button[type="submit"]`);
    await page.waitForSelector(`${form} .form-status li[data-path="rankReason"]`);
    await page.fill(`${form} input[name="rank-reason"]`, 'superseded by a later filing');
    const saved = page.waitForResponse((r) => r.request().method() === 'PATCH');
    await page.click(`${form} button[type="submit"]`);
    expect((await saved).status()).toBe(200);
    const [rank] = await app
      .getJson<{ revisions: { action: string }[] }>(
        '/api/revisions?fact=a-kering-owns-saint-laurent',
      )
      .then((a) => a.revisions);
    expect(rank?.action).toBe('rank');
    const [row] = await gateway.read(
      "MATCH ()-[r {id: 'a-kering-owns-saint-laurent'}]->() RETURN r.rank AS rank, r.rankReason AS why",
    );
    expect(row).toEqual({ rank: 'deprecated', why: 'superseded by a later filing' });
    await page.close();
  });

  it('gives the second of two tabs editing one fact a conflict with both versions', async () => {
    const path = '/?expanded=gucci&fact=a-kering-owns-gucci';
    const form = '#details form[aria-label="Edit fact"]';
    const tabs = await Promise.all([open(path), open(path, TEST_EDITORS.bob)]);
    for (const tab of tabs) {
      await tab.waitForSelector('#details details.edit-fact');
      await tab.click('#details details.edit-fact summary');
      await tab.waitForSelector(`${form} input[name="claim"]`);
    }
    const [alice, bob] = tabs;
    await alice.fill(`${form} input[name="claim"]`, 'kering-gucci-ownership');
    const saved = alice.waitForResponse((r) => r.request().method() === 'PATCH');
    await alice.click(`${form} button[type="submit"]`);
    expect((await saved).status()).toBe(200);

    await bob.fill(`${form} input[name="claim"]`, 'bobs-key');
    await bob.click(`${form} button[type="submit"]`);
    const row = await bob.waitForSelector(`${form} .conflict-box tr[data-field="claim"]`);
    expect(await (await row.$('.theirs'))?.textContent()).toBe('kering-gucci-ownership');
    expect(await (await row.$('.yours'))?.textContent()).toBe('bobs-key');
    expect(await bob.textContent(`${form} .conflict-box p.warning`)).toContain(
      'nothing was overwritten',
    );
    const [stored] = await gateway.read(
      "MATCH ()-[r {id: 'a-kering-owns-gucci'}]->() RETURN r.claim AS claim",
    );
    expect(stored?.claim).toBe('kering-gucci-ownership');
    // Loading theirs starts again from the stored fact.
    await bob.click(`${form} .conflict-box button`);
    expect(await bob.inputValue(`${form} input[name="claim"]`)).toBe('kering-gucci-ownership');
    await alice.close();
    await bob.close();
  });
});

describe('as known on a day before an edit', () => {
  it('shows the old name and leaves out the fact added since', async () => {
    const page = await open('/?expanded=iacc&entity=iacc');
    const before = await page.textContent('#details h2');
    await page.click('#details details.edit-entity summary');
    const form = '#details form[aria-label="Edit entity"]';
    await page.fill(`${form} input[name="name"]`, 'IACC (renamed)');
    await page.click(`${form} button[type="submit"]`);
    await heading(page, 'IACC (renamed)');

    const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.fill('input[aria-label="As known on"]', day);
    await heading(page, before ?? '');
    expect(new URL(page.url()).searchParams.get('known')).toBe(day);
    const [added] = await gateway.read(
      "MATCH (:Entity {id: 'gucci'})-[r:PARTNERED_WITH]->(:Entity {id: 'alibaba'}) RETURN r.id AS id",
    );
    expect(added?.id).toMatch(/^f-/);
    const addedId = typeof added?.id === 'string' ? added.id : '';
    expect(await page.$(`#graph [data-id="${addedId}"]`)).toBeNull();
    await page.click('button:text("As known now")');
    await heading(page, 'IACC (renamed)');
    await page.close();
  });
});

describe('a new entity from the side panel', () => {
  it('adds it, shows its details, and the open forms have no serious axe violation', async () => {
    const page = await open('/?entity=gucci');
    await heading(page, 'Gucci');
    await page.click('#authoring-section > summary');
    await page.click('#authoring details.add-entity summary');
    const form = '#authoring form[aria-label="New entity"]';
    await page.fill(`${form} input[name="name"]`, 'Example Daily');
    await page.selectOption(`${form} select[name="kind"]`, 'Publication');
    await page.fill(`${form} textarea[name="aliases"]`, 'The Example\nExample');
    await page.click(`${form} button[type="submit"]`);
    await heading(page, 'Example Daily');
    expect(await page.textContent('#details p.meta')).toBe('Publication');
    const [row] = await gateway.read(
      "MATCH (e:Entity:Publication {name: 'Example Daily'}) RETURN e.aliases AS aliases",
    );
    expect(row?.aliases).toEqual(['The Example', 'Example']);
    await page.$$eval('#details details, #authoring details', (els) =>
      els.forEach((d) => d.setAttribute('open', '')),
    );
    await page.waitForSelector('#details form[aria-label="New fact"]');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
