// No page may be wider than its viewport: for every page of the site named on
// the command line, at 390 px (a phone) and 1280 px (a desktop), the
// document's scrollWidth must not exceed the window's innerWidth. And on a
// desktop, a topic page's list of events keeps its titles in one column,
// however long a date is ("31 октября 1992 г."). A paper's figure (the
// fixture's is 1600 px wide) fits the screen, in proportion.
import fs from 'node:fs';
import path from 'node:path';
import { serveSite, launchBrowser, sitePages, siteArg, tally } from './harness.mjs';

const root = siteArg();
const server = await serveSite(root);
const browser = await launchBrowser();
const t = tally();
// A page without scripts is laid out from its HTML and CSS alone, so it is
// opened once and measured at each width (the browser lays it out again, media
// queries included, as when a phone turns); a page with scripts is opened
// afresh at each width.
const scripted = (p) => /<script\b[^>]*\bsrc=/.test(fs.readFileSync(path.join(root, p.endsWith('/') ? p + 'index.html' : p), 'utf8'));
const widths = [390, 1280];
const measure = async (page, p, width) => {
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  t.check(`${p} at ${width} px`, scroll <= inner, `scrollWidth ${scroll} > innerWidth ${inner}`);
  // A figure fits the screen and keeps its proportions (its width and height attributes are the file's).
  const images = await page.evaluate(() => [...document.querySelectorAll('main img[width][height]')].map((img) => {
    const r = img.getBoundingClientRect();
    return { src: img.getAttribute('src'), right: r.right, w: r.width, h: r.height,
      ratio: img.width && Number(img.getAttribute('width')) / Number(img.getAttribute('height')),
      loaded: img.complete && img.naturalWidth > 0 };
  }));
  for (const img of images) {
    t.check(`${p} at ${width} px: ${img.src} inside the screen`, img.right <= inner + 0.5,
      `its right edge is at ${img.right} px of ${inner}`);
    t.check(`${p} at ${width} px: ${img.src} loaded, in proportion`,
      img.loaded && Math.abs(img.w / img.h - img.ratio) < 0.05 * img.ratio,
      `loaded ${img.loaded}, shown ${img.w} × ${img.h}, attributes' ratio ${img.ratio}`);
  }
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
};
try {
  const page = await browser.newPage();
  for (const p of sitePages(root)) {
    const fresh = scripted(p);
    for (const [i, width] of widths.entries()) {
      await page.setViewport({ width, height: 800 });
      if (i === 0 || fresh) await page.goto(server.url + p, { waitUntil: 'load' });
      await measure(page, p, width);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
t.finish();
