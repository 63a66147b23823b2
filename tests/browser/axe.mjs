// Accessible pages, as axe-core sees them in Debian's headless chromium: one
// page of every kind in every language of the site named on the command line
// (the first in path order; the language chooser and the 404 page once), each
// at 390 px and 1280 px in the light and the dark scheme (prefers-color-scheme
// emulated), has no violation of the WCAG 2.0 and 2.1 A and AA rules.
// Horizontal overflow is overflow.mjs's check, on every page.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { serveSite, launchBrowser, sitePages, siteArg, pageKind, tally } from './harness.mjs';

const root = siteArg();
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const pages = [];
const seen = new Set();
for (const p of sitePages(root)) {
  const lang = p.split('/').filter(Boolean)[0] || '';
  const key = `${pageKind(p)} ${['root', '404'].includes(pageKind(p)) ? '' : lang}`;
  if (!seen.has(key)) { seen.add(key); pages.push(p); }
}
const server = await serveSite(root);
const browser = await launchBrowser();
const t = tally();
t.check('the site has pages of several kinds in four languages', pages.length >= 4 * 8, `${pages.length} pages`);
try {
  const page = await browser.newPage();
  for (const scheme of ['light', 'dark']) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    for (const width of [390, 1280]) {
      await page.setViewport({ width, height: 900 });
      for (const p of pages) {
        await page.goto(server.url + p, { waitUntil: 'load' });
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async (runOnly) => {
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: runOnly } });
          return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes.slice(0, 2)
            .map((n) => `${n.target.join(' ')} ${n.failureSummary.split('\n').slice(1, 2).join('').trim()}`).join(' | ')}`);
        }, tags);
        t.check(`${p} at ${width} px, ${scheme}: no axe violation`, violations.length === 0, violations.join('; '));
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
t.finish();
