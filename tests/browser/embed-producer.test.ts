// A producer's way to an embed in Chromium: "Embed this" for the selected entity and its
// neighbours, the selected fact, and the path shown (not only the whole view), with a title
// and caption of their own that the embed shows as text.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articleExplorer } from '../support/article-explorer';

const explorer = articleExplorer();

async function open(path: string): Promise<Page> {
  const page = await explorer.browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${explorer.app.url}${path}`);
  await page.waitForSelector('#graph .node');
  return page;
}

/** Waits for the dialog's code to hold `part`; returns the code. */
async function code(page: Page, part: string): Promise<string> {
  await page.waitForFunction(
    (p) =>
      (document.querySelector<HTMLTextAreaElement>('.embed-dialog textarea')?.value ?? '').includes(
        p,
      ),
    part,
  );
  return page.inputValue('.embed-dialog textarea');
}

async function preview(page: Page, ready: string): Promise<Frame> {
  const frame = await (await page.$('.embed-preview'))?.contentFrame();
  if (!frame) throw new Error('no preview');
  await frame.waitForSelector(ready);
  return frame;
}

const nodeIds = (frame: Frame): Promise<string[]> =>
  frame.$$eval('#graph .node', (els) => els.map((e) => e.getAttribute('data-id') ?? '').sort());

describe('embedding what the producer looks at', () => {
  it('embeds the selected entity and its neighbours with their own title and caption, as text', async () => {
    const page = await open('/?entity=gucci');
    await page.click('#details button:text-is("Embed…")');
    await page.waitForSelector('dialog.embed-dialog[open]');
    expect(await page.inputValue('.embed-dialog select[name=scope]')).toBe('entity');
    expect(await code(page, 'expanded=gucci&amp;entity=gucci')).toMatch(/^<iframe/);
    expect(await page.inputValue('.embed-dialog input[name=title]')).toBe('Gucci: brand graph');
    const title = 'Gucci <b>& its partners</b>';
    const caption = 'Who joined the coalition, and who left: <script>alert(1)</script>';
    await page.fill('.embed-dialog input[name=title]', title);
    await page.fill('.embed-dialog input[name=caption]', caption);
    await page.keyboard.press('Tab');
    const snippet = await code(page, 'caption=');
    expect(snippet).toContain('title="Gucci &lt;b&gt;&amp; its partners&lt;/b&gt;"');
    const frame = await preview(page, '#graph .node[data-id=gucci]');
    await frame.waitForFunction((t) => document.querySelector('h1')?.textContent === t, title);
    expect(await frame.$$('h1 b, #embed-caption script')).toHaveLength(0);
    expect(await frame.textContent('#embed-caption')).toBe(caption);
    expect(await frame.evaluate(() => document.title)).toBe(title);
    const around = await explorer.app.getJson<{ nodes: { key: string }[] }>(
      '/api/neighbourhood?ids=gucci&limit=500',
    );
    expect(await nodeIds(frame)).toEqual(around.nodes.map((n) => n.key).sort());
    await page.close();
  });

  it('embeds the selected fact: its two entities and the facts between them, the fact selected', async () => {
    const page = await open('/?fact=o-gucci-leaves-iacc');
    await page.click('#embed-open');
    await page.waitForSelector('.embed-dialog select[name=scope] option[value=fact]', {
      state: 'attached',
    });
    await page.selectOption('.embed-dialog select[name=scope]', 'fact');
    expect(await code(page, 'hidden=')).toContain('fact=o-gucci-leaves-iacc');
    const frame = await preview(page, '#graph .node[data-id=iacc]');
    expect(await nodeIds(frame)).toEqual(['gucci', 'iacc']);
    await page.close();
  });

  it('embeds the path shown: its entities only (a path view made an empty embed)', async () => {
    const page = await open('/?path=gucci,alibaba');
    await page.waitForSelector('#paths button:text-is("Embed this path…")');
    await page.click('#paths button:text-is("Embed this path…")');
    expect(await page.inputValue('.embed-dialog select[name=scope]')).toBe('path');
    await code(page, 'hidden=');
    const answer = await explorer.app.getJson<{ paths: { nodes: string[] }[] }>(
      '/api/paths?from=gucci&to=alibaba&mode=all&limit=5',
    );
    const onPaths = [...new Set(answer.paths.flatMap((p) => p.nodes))].sort();
    expect(onPaths.length).toBeGreaterThan(1);
    const frame = await preview(page, '#graph .node[data-id=alibaba]');
    expect(await nodeIds(frame)).toEqual(onPaths);
    await page.close();
  });
});
