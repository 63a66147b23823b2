// The "cite this" box of every paper page, at 390 px (a phone) and 1280 px (a
// desktop): no citation is wider than its box or the window, and no
// abbreviation that must stay whole wraps across lines: GOST's "[б. г.]",
// "[s. a.]", "С. 425–448", "P. 1–10", a bare page range ("425–448": a line
// may break after an en dash, so the page binds it with a word joiner),
// "Т. 131", "Vol. 3", "№ 2", "No. 2", "и др.", "et al.", a family name with its initials ("Kalkan E."), and APA's
// "(n.d.)" in each page's language ("(б. г.)", "(t.y.)", "(ж.ж.)").
import { serveSite, launchBrowser, sitePages, pageKind, siteArg, tally } from './harness.mjs';

const root = siteArg();
const server = await serveSite(root);
const browser = await launchBrowser();
const t = tally();
try {
  const page = await browser.newPage();
  const papers = sitePages(root).filter((p) => pageKind(p) === 'paper');
  t.check('paper pages found', papers.length > 0, 'no paper page');
  let units = 0;  // abbreviations checked, on all pages (a paper may have none: dated, no journal, nobody named)
  for (const width of [390, 1280]) {
    await page.setViewport({ width, height: 800 });
    for (const p of papers) {
      await page.goto(server.url + p, { waitUntil: 'load' });
      const found = await page.evaluate(() => {
        const S = '[ \u00A0]';  // a space of either kind: a plain one must not be there, the test finds both
        const units = new RegExp(
          [`\\[(?:б\\.${S}г|s\\.${S}a)\\.\\]`, `\\((?:n\\.d|t\\.y|ж\\.ж|б\\.${S}г)\\.\\)`,
           `(?:С|P|Т|Vol|No)\\.${S}\\d[\\d–\u2060-]*`, `\\d+–\u2060?\\d+`, `№${S}\\S+`, `и${S}др\\.`, `et${S}al\\.`,
           `[\\p{Lu}][\\p{Ll}]+(?:${S}\\p{Lu}\\.)+`].join('|'), 'gu');
        const out = [];
        for (const id of ['cite-apa', 'cite-gost']) {
          const el = document.getElementById(id);
          if (!el) { out.push({ id, missing: true }); continue; }
          const box = el.getBoundingClientRect();
          const result = { id, units: 0, wrapped: [], wide: el.scrollWidth > el.clientWidth + 1 ||
                           box.right > window.innerWidth + 1 };
          // each text node on its own: the units never cross an element boundary
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            for (const m of n.data.matchAll(units)) {
              result.units++;
              const r = document.createRange();
              r.setStart(n, m.index);
              r.setEnd(n, m.index + m[0].length);
              const tops = new Set([...r.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top)));
              // on two lines, or at a plain space or after a bare en dash, where it could break at another width
              if (tops.size > 1 || m[0].includes(' ') || /–(?!\u2060)/.test(m[0])) result.wrapped.push(JSON.stringify(m[0]));
            }
          }
          out.push(result);
        }
        return out;
      });
      for (const r of found) {
        const name = `${p} #${r.id} at ${width} px`;
        if (r.missing) { t.check(name, false, 'no such element'); continue; }
        t.check(`${name}: fits`, !r.wide, 'wider than its box or the window');
        t.check(`${name}: abbreviations whole`, r.wrapped.length === 0,
                `wraps, or may wrap at a plain space or after an en dash: ${r.wrapped.join(', ')}`);
      }
      for (const r of found) units += r.units || 0;
    }
  }
  t.check('abbreviations found to check', units > 0, 'none in any cite box');
} finally {
  await browser.close();
  await server.close();
}
t.finish();
