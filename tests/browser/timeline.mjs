// The timeline as a phone reader meets it, on the site named on the command
// line: every timeline page at most 15,000 px tall at 390 px; every event
// reachable from /L/timeline/ in at most two clicks (links followed as a
// reader would, same site only); a note folded behind "sources differ" shown
// in print, with and without JavaScript; and axe's checks for scrolling
// regions and colour contrast on the pages with charts and topic chips.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serveSite, launchBrowser, sitePages, siteArg, pageKind, tally } from './harness.mjs';

const kMaxHeight = 15000;
const root = siteArg();
const pages = sitePages(root);
const langs = [...new Set(pages.filter((p) => pageKind(p) === 'timeline').map((p) => p.split('/')[1]))];
const timelinePages = pages.filter((p) => ['timeline', 'timeline-page'].includes(pageKind(p)));
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const server = await serveSite(root);
const browser = await launchBrowser();
const t = tally();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 800 });
  t.check('the site has timeline pages', timelinePages.length > langs.length, `${timelinePages.length} found`);

  // Every page is visited once, for the events it shows and the same-site
  // pages it links; timeline pages are measured too.
  const seen = new Map();  // site path → { events, links }
  const visit = async (p) => {
    if (seen.has(p)) return seen.get(p);
    await page.goto(server.url + p, { waitUntil: 'load' });
    const found = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      events: [...document.querySelectorAll('li.event[id^="event-"]')].map((e) => e.id),
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.href),
    }));
    const links = new Set();
    for (const h of found.hrefs) {
      const u = new URL(h);
      if (u.origin === server.url) links.add(u.pathname);
    }
    const entry = { height: found.height, events: found.events, links: [...links] };
    seen.set(p, entry);
    return entry;
  };
  for (const p of timelinePages) {
    const { height } = await visit(p);
    t.check(`${p} at 390 px is at most ${kMaxHeight} px tall`, height <= kMaxHeight, `${height} px`);
  }
  const eventsOn = new Map(timelinePages.map((p) => [p, seen.get(p).events]));
  const linksOf = async (p) => (await visit(p)).links;
  const eventsOf = async (p) => (await visit(p)).events;
  for (const lang of langs) {
    const start = `/${lang}/timeline/`;
    const all = new Set();
    for (const p of timelinePages) if (p.startsWith(start)) for (const e of eventsOn.get(p)) all.add(e);
    t.check(`${lang}: the timeline pages show events`, all.size > 0);
    const reached = new Set(await eventsOf(start));
    const first = await linksOf(start);
    for (const p of first) {
      for (const e of await eventsOf(p)) reached.add(e);  // one click
      for (const q of await linksOf(p)) for (const e of await eventsOf(q)) reached.add(e);  // two clicks
    }
    const missing = [...all].filter((e) => !reached.has(e));
    t.check(`${lang}: all ${all.size} events within two clicks of ${start}`, missing.length === 0,
      `not reached: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`);
  }

  // Folded notes print in full, with and without JavaScript.
  const withNote = timelinePages.find((p) => pageKind(p) === 'timeline-page' &&
    fs.readFileSync(path.join(root, p, 'index.html'), 'utf8').includes('<details class="event-note"'));
  t.check('some timeline page has a folded note', !!withNote);
  if (withNote) {
    for (const js of [true, false]) {
      const pp = await browser.newPage();
      await pp.setJavaScriptEnabled(js);
      await pp.goto(server.url + withNote, { waitUntil: 'load' });
      const screen = await pp.evaluate(() => {
        const d = document.querySelector('details.event-note');
        const body = d.querySelector('div');
        return { open: d.open, marker: d.querySelector('summary').getBoundingClientRect().height > 0,
          hidden: !body.checkVisibility(),
          printCopy: document.querySelector('.event-note-print').getBoundingClientRect().height };
      });
      t.check(`${withNote} (JavaScript ${js ? 'on' : 'off'}): on screen the note is folded behind a visible marker`,
        !screen.open && screen.marker && screen.hidden && screen.printCopy === 0, JSON.stringify(screen));
      await pp.emulateMediaType('print');
      const printed = await pp.evaluate(() => {
        const d = document.querySelector('details.event-note');
        const copy = d.parentElement.querySelector('.event-note-print');
        const note = d.querySelector('div').textContent.trim();
        return { shown: copy.checkVisibility() && copy.getBoundingClientRect().height > 0,
          same: copy.innerText.includes(note.slice(0, 40)),
          folded: d.getBoundingClientRect().height };
      });
      t.check(`${withNote} (JavaScript ${js ? 'on' : 'off'}): printed, the note is shown in full`,
        printed.shown && printed.same && printed.folded === 0, JSON.stringify(printed));
      await pp.close();
    }
  }

  // axe: no scrolling region without focus, enough contrast (current topic chip included).
  const axePages = [];
  for (const lang of langs) {
    const own = pages.filter((p) => p.startsWith(`/${lang}/`));
    axePages.push(`/${lang}/`, `/${lang}/timeline/`, `/${lang}/topics/`);
    axePages.push(own.find((p) => pageKind(p) === 'topic'));
    axePages.push(own.find((p) => /\/timeline\/[^/]+\/$/.test(p) && pageKind(p) === 'timeline-page' &&
      !/\d/.test(p.split('/')[3])));  // a topic's timeline
    axePages.push(own.find((p) => /\/timeline\/[^/]+\/[^/]+\/$/.test(p)));  // a topic's period
    axePages.push(own.find((p) => /\/timeline\/\d{4}-\d{4}\/$/.test(p)));  // a period
  }
  for (const width of [390, 1280]) {
    await page.setViewport({ width, height: 800 });
    for (const p of axePages.filter(Boolean)) {
      await page.goto(server.url + p, { waitUntil: 'load' });
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => (await window.axe.run(document, {
        runOnly: { type: 'rule', values: ['scrollable-region-focusable', 'color-contrast'] } })).violations
        .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`));
      t.check(`${p} at ${width} px: axe scrollable-region-focusable and color-contrast`, violations.length === 0,
        violations.join('; '));
    }
  }
} finally {
  await browser.close();
  await server.close();
}
t.finish();
