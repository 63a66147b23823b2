// Editorial marks as a reader sees them: on every page of the site named on
// the command line that has an <ins class="editorial">, each mark is shown
// (not hidden), set apart from the authors' text around it (another colour
// and face), explained by its title, and links to the edition statement on
// the same page; printed, the explanation is written out after the page's
// first mark, and the others are short.
import fs from 'node:fs';
import path from 'node:path';
import { serveSite, launchBrowser, sitePages, siteArg, tally } from './harness.mjs';

const root = siteArg();
const server = await serveSite(root);
const browser = await launchBrowser();
const t = tally();
let marks = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 800 });
  // The site has no script that adds marks, so a page whose file holds no
  // <ins> element has none to check: only the others are opened.
  const file = (p) => path.join(root, p.endsWith('/') ? p + 'index.html' : p);
  for (const p of sitePages(root).filter((p) => /<ins\b/.test(fs.readFileSync(file(p), 'utf8')))) {
    await page.goto(server.url + p, { waitUntil: 'load' });
    await page.emulateMediaType('screen');
    const seen = await page.evaluate(() => [...document.querySelectorAll('ins.editorial')].map((ins) => {
      const own = getComputedStyle(ins), around = getComputedStyle(ins.parentElement);
      const link = ins.querySelector('a');
      const box = ins.getBoundingClientRect();
      return {
        visible: box.width > 0 && box.height > 0 && own.visibility === 'visible',
        apart: own.color !== around.color && own.fontFamily !== around.fontFamily,
        title: ins.title,
        target: link ? link.getAttribute('href') : null,
        targetExists: link ? !!document.querySelector(link.getAttribute('href')) : false,
        text: ins.textContent,
      };
    }));
    for (const [i, m] of seen.entries()) {
      const name = `${p} mark ${i + 1}`;
      t.check(`${name} is shown`, m.visible);
      t.check(`${name} is set apart from the authors' text`, m.apart);
      t.check(`${name} reads [sic]`, m.text === '[sic]', m.text);
      t.check(`${name} is explained`, m.title.length > 20, m.title);
      t.check(`${name} links to the edition statement`, m.target === '#edition' && m.targetExists, m.target);
    }
    marks += seen.length;
    if (seen.length) {
      // Printed, the first mark of the page writes its explanation out and
      // the others stay short: one explanation per page, not one per mark.
      await page.emulateMediaType('print');
      const printed = await page.evaluate(() => [...document.querySelectorAll('ins.editorial')].map((ins) => ({
        after: getComputedStyle(ins, '::after').content, title: ins.title,
      })));
      t.check(`${p} printed: the explanation follows the first mark`,
        printed[0].after.includes(printed[0].title), printed[0].after);
      printed.slice(1).forEach((m, i) => t.check(`${p} printed: mark ${i + 2} is short`,
        m.after === 'none' || m.after === 'normal', m.after));
    }
  }
  t.check('the site has editorial marks to check', marks > 0, `${marks} found`);
} finally {
  await browser.close();
  await server.close();
}
t.finish();
