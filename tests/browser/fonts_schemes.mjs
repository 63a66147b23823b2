// The portal's own fonts and both colour schemes, as a reader's browser shows
// them: on every page kind of the site named on the command line, in the
// light and the dark scheme (prefers-color-scheme emulated), the text is set
// in the site's Noto subsets (document.fonts has them loaded, no face failed),
// the page's background follows the scheme, and axe-core finds no text below
// WCAG AA contrast.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { serveSite, launchBrowser, sitePages, siteArg, pageKind, tally } from './harness.mjs';

const root = siteArg();
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// One page of each kind (the first in path order), so every template is seen,
// and every paper page in English, as papers differ most from one another.
const pages = [];
const kinds = new Set();
for (const p of sitePages(root)) {
  const kind = pageKind(p);
  if (!kinds.has(kind) || (kind === 'paper' && p.startsWith('/en/'))) { kinds.add(kind); pages.push(p); }
}
const server = await serveSite(root);
const browser = await launchBrowser();
const t = tally();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    for (const p of pages) {
      await page.goto(server.url + p, { waitUntil: 'load' });
      const fonts = await page.evaluate(async () => {
        await document.fonts.ready;
        const faces = [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ''), status: f.status }));
        return {
          loaded: faces.filter((f) => f.status === 'loaded').map((f) => f.family),
          failed: faces.filter((f) => f.status === 'error').map((f) => f.family),
          body: getComputedStyle(document.body).fontFamily,
          background: getComputedStyle(document.body).backgroundColor,
        };
      });
      t.check(`${p} (${scheme}): the site's sans face is loaded`, fonts.loaded.includes('Portal Sans'),
        `loaded: ${fonts.loaded.join(', ') || 'none'}`);
      t.check(`${p} (${scheme}): no font face failed to load`, fonts.failed.length === 0, fonts.failed.join(', '));
      t.check(`${p} (${scheme}): body text is set in Portal Sans first`, fonts.body.startsWith('"Portal Sans"'), fonts.body);
      const dark = fonts.background !== 'rgb(255, 255, 255)';
      t.check(`${p} (${scheme}): the background follows the scheme`, dark === (scheme === 'dark'), fonts.background);
      if (pageKind(p) === 'paper') {
        const serif = await page.evaluate(() => [...document.fonts]
          .some((f) => f.family.replace(/"/g, '') === 'Portal Serif' && f.status === 'loaded'));
        t.check(`${p} (${scheme}): the full text's serif face is loaded`, serif);
      }
      await page.evaluate(axeSource);
      const result = await page.evaluate(async () =>
        window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } }));
      const bad = result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any.map((a) => a.message).join('; ')}`));
      t.check(`${p} (${scheme}): WCAG AA text contrast`, bad.length === 0, bad.slice(0, 5).join(' | '));
    }
  }
} finally {
  await browser.close();
  await server.close();
}
t.finish();
