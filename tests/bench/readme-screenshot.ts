// The README's screenshot of a real dataset's overview: the explorer (built client in dist/)
// served over `gateway`, opened in Debian's Chromium, the hub list beside the graph.
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { serveApp } from '../support/http-app';
import { waitForView } from '../support/scale-flow';

/** Where the README's overview screenshot lives (beside the explorer's own screenshot). */
export const OVERVIEW_SCREENSHOT = join(PROJECT_ROOT, 'client', 'screenshots', 'overview.png');

/** And of the communities view, one community open. */
export const COMMUNITIES_SCREENSHOT = join(
  PROJECT_ROOT,
  'client',
  'screenshots',
  'communities.png',
);

/** Opens the explorer on the stored graph and saves screenshots of its overview and communities. */
export async function readmeScreenshot(gateway: Neo4jGateway): Promise<void> {
  const app = await serveApp({ gateway });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.url);
    await waitForView(page, 300000);
    await page.waitForSelector('#hubs li button');
    // The layout settles by itself; the screenshot waits for the drawing's last frame.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
    await page.screenshot({ path: OVERVIEW_SCREENSHOT });
    console.log(`screenshot: ${OVERVIEW_SCREENSHOT}`);
    await page.getByRole('radio', { name: 'Communities' }).check();
    await page.locator('#communities g.cluster[data-key="c1"] circle').click();
    await page.waitForSelector('#communities g.member');
    await page.screenshot({ path: COMMUNITIES_SCREENSHOT });
    console.log(`screenshot: ${COMMUNITIES_SCREENSHOT}`);
  } finally {
    await browser.close();
    await app.close();
  }
}
