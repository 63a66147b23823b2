// No page may be wider than its viewport: for every page of the site named on
// the command line, at 390 px (a phone) and 1280 px (a desktop), the
// document's scrollWidth must not exceed the window's innerWidth. And on a
// desktop, a topic page's list of events keeps its titles in one column,
// however long a date is ("31 октября 1992 г.").
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
      if (width === 1280 && /\/topics\/[^/]+\/$/.test(p)) {
        // Where each title's first line starts: the first node after the date.
        const lefts = await page.evaluate(() => [...document.querySelectorAll('main ol.event-list.compact a')]
          .map((a) => {
            const date = a.querySelector('.event-date');
            const title = [...a.childNodes].find((n) => n !== date && n.textContent.trim() &&
              (date.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING));
            const range = document.createRange();
            range.selectNodeContents(title);
            return Math.round(range.getClientRects()[0].left);
          }));
        if (lefts.length)
          t.check(`${p}: event titles aligned`, new Set(lefts).size === 1, `title left edges ${[...new Set(lefts)]}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
t.finish();
