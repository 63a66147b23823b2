// No page may be wider than its viewport: for every page of the site named on
// the command line, at 390 px (a phone) and 1280 px (a desktop), the
// document's scrollWidth must not exceed the window's innerWidth.
import { serveSite, launchBrowser, sitePages, siteArg, tally } from './harness.mjs';

const root = siteArg();
const server = await serveSite(root);
const browser = await launchBrowser();
const t = tally();
try {
  const page = await browser.newPage();
  for (const width of [390, 1280]) {
    await page.setViewport({ width, height: 800 });
    for (const p of sitePages(root)) {
      await page.goto(server.url + p, { waitUntil: 'load' });
      const { scroll, inner } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      t.check(`${p} at ${width} px`, scroll <= inner, `scrollWidth ${scroll} > innerWidth ${inner}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
t.finish();
