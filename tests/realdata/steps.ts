// What a person does in the explorer, as steps for the real-data tests: open, search, expand,
// ask for a path, read the details and the timeline. Each wait follows an event on the page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';

/** The shared datasets folder beside the project (`../shared/datasets`). */
export const DATASETS = join(PROJECT_ROOT, '..', 'shared', 'datasets');

/** Whether a dataset file is there; says which test is skipped when it is not. */
export function present(path: string, what: string): boolean {
  const here = existsSync(path);
  if (!here) console.warn(`Skipping the ${what} real-data test: ${path} is absent`);
  return here;
}

/** Waits until the status line has settled (not loading) and returns it; fails on an error. */
export async function settledStatus(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const status = document.querySelector('#status');
    const text = status?.textContent ?? '';
    return text !== '' && !text.startsWith('Loading');
  });
  const text = (await page.textContent('#status')) ?? '';
  expect(text).not.toMatch(/Could not load/);
  return text;
}

/** Opens the explorer's first view. */
export async function openExplorer(page: Page, url: string): Promise<string> {
  await page.goto(url);
  return settledStatus(page);
}

/** Types in a search box, takes the first hit, and returns the hits' texts. */
export async function searchAndPick(page: Page, box: string, text: string): Promise<string[]> {
  await page.fill(`${box} input`, text);
  await page.waitForSelector(`${box} [role=option]`);
  const hits = await page.$$eval(`${box} [role=option]`, (els) => els.map((e) => e.textContent));
  await page.keyboard.press('Enter');
  return hits;
}

/** Selects an entity by name: types it in the search box and clicks the hit of that name. */
export async function selectByName(page: Page, name: string): Promise<string[]> {
  await page.fill('#search input', name);
  await page.click(`#search [role=option]:has(.name:text-is("${name}"))`);
  await page.waitForSelector(`#details h2:text-is("${name}")`);
  return page.$$eval('#details .sentence', (els) => els.map((e) => e.textContent));
}

/**
 * Expands the selected entity (Expand in the details panel, unless picking it from search
 * already did and the panel offers Collapse) and waits for the view to load the neighbourhood.
 */
export async function expandSelected(page: Page, id: string): Promise<string> {
  const button = page.locator(
    '#details .actions button:text-is("Expand"), #details .actions button:text-is("Collapse")',
  );
  if ((await button.textContent()) === 'Expand') await button.click();
  await page.waitForFunction(
    (want) => new URL(location.href).searchParams.get('expanded')?.split(',').includes(want),
    id,
  );
  return settledStatus(page);
}

/** Asks the Paths panel for the paths between two names; returns the first path's sentences. */
export async function pathBetween(page: Page, from: string, to: string): Promise<string[]> {
  await searchAndPick(page, '#paths .search-box:nth-of-type(1)', from);
  await searchAndPick(page, '#paths .search-box:nth-of-type(2)', to);
  await page.waitForSelector('#paths .path li');
  return page.$eval('#paths .path', (path) =>
    [...path.querySelectorAll('li')].map((e) => e.textContent),
  );
}

/** The timeline's items: fact id and tooltip. */
export function timelineItems(page: Page): Promise<{ fact: string; title: string }[]> {
  return page.$$eval('#timeline .item', (els) =>
    els.map((e) => ({
      fact: e.getAttribute('data-fact') ?? '',
      title: e.querySelector('title')?.textContent ?? '',
    })),
  );
}
