// Opens HTML reports in Debian's Chromium (playwright-core, never a downloaded browser) and checks
// them against the JSON report they were rendered from.
// Usage: node check.mjs OUTDIR NAME=HTML,JSON,LANG[,injection] …
// For each report: a screenshot (OUTDIR/NAME.png) and a PDF (OUTDIR/NAME.pdf) are kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [outdir, ...specs] = process.argv.slice(2);
fs.mkdirSync(outdir, { recursive: true });
let failures = 0;
const fail = (name, msg) => {
  failures++;
  console.log(`FAIL ${name}: ${msg}`);
};

const labels = {
  nb: { h1: 'Revisjon av bruker- og pårørendemedvirkning', title: 'Medvirkningsrevisjon', expired: 'UTLØPT',
        status: { oppfylt: 'oppfylt', delvis_oppfylt: 'delvis oppfylt', ikke_oppfylt: 'ikke oppfylt', ikke_relevant: 'ikke relevant' } },
  en: { h1: 'Audit of user and next-of-kin participation', title: 'Participation audit', expired: 'EXPIRED',
        status: { oppfylt: 'met', delvis_oppfylt: 'partly met', ikke_oppfylt: 'not met', ikke_relevant: 'not applicable' } },
};
const graded = new Set(['avvik', 'merknad', 'forbedringspunkt', 'fravik', 'feil']);

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medvirk-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  chromiumSandbox: false,
  offline: true,
  viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

try {
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const name = spec.slice(0, eq);
    const [htmlFile, jsonFile, lang, kind] = spec.slice(eq + 1).split(',');
    const injection = kind === 'injection';
    const report = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    const L = labels[lang];
    const url = pathToFileURL(path.resolve(htmlFile)).href;

    const page = await context.newPage();
    const requests = [];
    const consoleErrors = [];
    const dialogs = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(200);  // let anything injected (onload, onerror) have its chance to run

    // The document title is exactly the one the report asks for: no injected script changed it.
    const names = report.tjenester.map((s) => s.navn || s.id).join(', ');
    const wantTitle = `${L.title}: ${names} (${report.revisjonsdato})`;
    const title = await page.title();
    if (title !== wantTitle) fail(name, `document.title is ${JSON.stringify(title)}, expected ${JSON.stringify(wantTitle)}`);
    if (title === 'PWNED') fail(name, 'an injected script ran');

    const dom = await page.evaluate(() => {
      const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
      return {
        lang: document.documentElement.lang,
        h1: text(document.querySelector('h1')),
        h2: [...document.querySelectorAll('h2')].map(text),
        h3: [...document.querySelectorAll('h3')].map(text),
        services: [...document.querySelectorAll('section.tjeneste')].map((s) => ({
          id: s.id,
          counts: Object.fromEntries([...s.querySelectorAll('[data-antall]')].map((e) => [e.dataset.antall, text(e)])),
          adviceRows: [...s.querySelectorAll('table.rad-status tbody tr')].map((tr) => ({
            id: tr.dataset.rad, status: tr.dataset.status, text: text(tr) })),
          adviceSections: [...s.querySelectorAll('section.rad')].map((sec) => ({
            id: sec.dataset.rad, heading: text(sec.querySelector('h3')),
            findings: [...sec.querySelectorAll('ol.funn > li')].map((li) => li.dataset.grad),
            reservations: [...sec.querySelectorAll('ol.forbehold > li')].map((li) => li.dataset.grad) })),
          coverageRows: s.querySelectorAll('table.matrise tbody tr').length,
          deviationRows: [...s.querySelectorAll('table.fravik tbody tr')].map((tr) => ({
            rule: tr.dataset.regel, expired: tr.dataset.utlopt, text: text(tr) })),
          charts: s.querySelectorAll('svg.diagram').length,
        })),
        scripts: document.querySelectorAll('script').length,
        handlers: [...document.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith('on'))).map((el) => el.outerHTML.slice(0, 80)),
        embedded: [...document.querySelectorAll('img, iframe, object, embed, video, audio, link, base, meta[http-equiv="refresh"]')]
          .map((el) => el.outerHTML.slice(0, 80)),
        hrefs: [...document.querySelectorAll('[href]')].map((el) => el.getAttribute('href')),
        svgs: document.querySelectorAll('svg').length,
        diagrams: document.querySelectorAll('svg.diagram').length,
        styles: document.querySelectorAll('style').length,
        bodyDisplay: getComputedStyle(document.body).display,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        tablesWithoutCaption: [...document.querySelectorAll('table')].filter((t) => !t.querySelector('caption')).length,
      };
    });

    if (dom.lang !== lang) fail(name, `<html lang> is ${dom.lang}, expected ${lang}`);
    if (dom.h1 !== L.h1) fail(name, `h1 is ${JSON.stringify(dom.h1)}`);
    if (dom.h2.length !== report.tjenester.length) fail(name, `${dom.h2.length} h2 headings for ${report.tjenester.length} services`);
    if (dom.tablesWithoutCaption) fail(name, `${dom.tablesWithoutCaption} table(s) without a caption`);
    report.tjenester.forEach((s, i) => {
      const d = dom.services[i];
      if (!d) return fail(name, `no section for service ${s.id}`);
      if (!dom.h2[i].includes(s.navn)) fail(name, `h2 ${JSON.stringify(dom.h2[i])} lacks the service name ${JSON.stringify(s.navn)}`);
      for (const [grade, n] of Object.entries(s.antall)) {
        if ((grade === 'feil' || grade === 'forbehold') && n === 0) continue;
        if (d.counts[grade] !== String(n)) fail(name, `${s.id}: count of ${grade} is ${d.counts[grade]} in the DOM, ${n} in the JSON report`);
      }
      if (d.adviceRows.length !== s.råd.length) fail(name, `${s.id}: ${d.adviceRows.length} advice rows, ${s.råd.length} in the JSON report`);
      if (d.adviceSections.length !== s.råd.length) fail(name, `${s.id}: ${d.adviceSections.length} advice sections, ${s.råd.length} in the JSON`);
      s.råd.forEach((a, k) => {
        const row = d.adviceRows[k] || {};
        if (row.id !== a.id || row.status !== a.status) fail(name, `${s.id}: advice row ${k} is ${row.id}/${row.status}, expected ${a.id}/${a.status}`);
        if (!row.text || !row.text.includes(L.status[a.status])) fail(name, `${s.id}: advice row ${a.id} does not say «${L.status[a.status]}»`);
        const sec = d.adviceSections[k] || {};
        const title = lang === 'en' && a.tittel_en ? a.tittel_en : a.tittel;
        if (!sec.heading || !sec.heading.includes(a.id) || !sec.heading.includes(title)) fail(name, `${s.id}: heading of ${a.id} is ${JSON.stringify(sec.heading)}`);
        if (!dom.h3.includes(sec.heading)) fail(name, `${s.id}: the heading of ${a.id} is not an h3`);
        const want = s.resultater.filter((r) => r.råd === a.id && graded.has(r.grad)).length;
        if ((sec.findings || []).length !== want) fail(name, `${s.id}: ${a.id} shows ${(sec.findings || []).length} findings, the JSON report has ${want}`);
        const reserved = s.resultater.filter((r) => r.råd === a.id && r.grad === 'forbehold').length;
        if ((sec.reservations || []).length !== reserved) fail(name, `${s.id}: ${a.id} shows ${(sec.reservations || []).length} results with a reservation, the JSON report has ${reserved}`);
      });
      const total = d.adviceSections.reduce((n, sec) => n + sec.findings.length, 0);
      const wantTotal = s.resultater.filter((r) => graded.has(r.grad)).length;
      if (total !== wantTotal) fail(name, `${s.id}: ${total} findings in the DOM, ${wantTotal} in the JSON report`);
      if (d.coverageRows !== s.dekning.length) fail(name, `${s.id}: ${d.coverageRows} coverage rows, ${s.dekning.length} in the JSON`);
      if (d.deviationRows.length !== s.fravik.length) fail(name, `${s.id}: ${d.deviationRows.length} deviation rows, ${s.fravik.length} in the JSON`);
      s.fravik.forEach((f, k) => {
        const row = d.deviationRows[k] || {};
        const marked = row.expired === 'ja' && row.text.includes(L.expired);
        if (f.utløpt !== marked) fail(name, `${s.id}: deviation ${k} (${f.regel}) expired=${f.utløpt}, but the DOM ${marked ? 'marks' : 'does not mark'} it`);
      });
      if (s.råd.length && d.charts !== 1) fail(name, `${s.id}: ${d.charts} overview charts`);
    });

    // Nothing from the input became markup, and nothing was loaded.
    if (dom.scripts) fail(name, `${dom.scripts} <script> element(s) in the DOM`);
    if (dom.handlers.length) fail(name, `event-handler attributes in the DOM: ${dom.handlers.join(' | ')}`);
    if (dom.embedded.length) fail(name, `embedded or linked resources in the DOM: ${dom.embedded.join(' | ')}`);
    for (const h of dom.hrefs) if (!h.startsWith('#') && !h.startsWith('https://')) fail(name, `a link to ${JSON.stringify(h)}`);
    if (dom.svgs !== dom.diagrams) fail(name, `${dom.svgs - dom.diagrams} <svg> element(s) besides the charts`);
    if (dom.styles !== 1) fail(name, `${dom.styles} <style> elements, expected the report's own one`);
    if (dom.bodyDisplay === 'none') fail(name, 'the body is hidden by injected CSS');
    if (dialogs.length) fail(name, `dialogs opened: ${dialogs.join(' | ')}`);
    if (consoleErrors.length) fail(name, `console errors or warnings: ${consoleErrors.join(' | ')}`);
    const others = requests.filter((r) => r !== url);
    if (others.length) fail(name, `network requests besides the file itself: ${others.join(' ')}`);
    if (requests.length !== 1) fail(name, `${requests.length} requests for the file itself, expected 1`);
    if (dom.scrollWidth > dom.clientWidth) fail(name, `the page scrolls sideways at 1280 px (${dom.scrollWidth} > ${dom.clientWidth})`);
    if (injection && !(await page.content()).includes("document.title='PWNED'")) fail(name, 'the injected text is not shown as text');

    await page.screenshot({ path: path.join(outdir, `${name}.png`) });
    // The top of the report down to the chart of the first service (the README picture).
    const bottom = await page.evaluate(() => {
      const t = document.querySelector('svg.diagram');
      return t ? Math.ceil(t.getBoundingClientRect().bottom + window.scrollY + 16) : 900;
    });
    await page.screenshot({ path: path.join(outdir, `${name}-oversikt.png`), fullPage: true,
                            clip: { x: 0, y: 0, width: 1280, height: Math.min(bottom, 3000) } });

    // 200 % zoom on a 1280 px screen: a 640 px wide viewport. Only tables may scroll sideways.
    await page.setViewportSize({ width: 640, height: 900 });
    const narrow = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    if (narrow[0] > narrow[1]) fail(name, `the page scrolls sideways at 200 % zoom (${narrow[0]} > ${narrow[1]})`);
    await page.screenshot({ path: path.join(outdir, `${name}-200.png`) });

    // Print: one page break per advice item, so at least one page per advice item of every service.
    const pdfFile = path.join(outdir, `${name}.pdf`);
    await page.pdf({ path: pdfFile, format: 'A4', printBackground: true });
    const pdf = fs.readFileSync(pdfFile, 'latin1');
    const pages = (pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
    const advice = report.tjenester.reduce((n, s) => n + s.råd.length, 0);
    if (!pdf.startsWith('%PDF-')) fail(name, 'the PDF lacks a PDF header');
    if (pages < Math.max(1, advice)) fail(name, `the PDF has ${pages} page(s), expected at least ${Math.max(1, advice)}`);
    console.log(`${name}: ${report.tjenester.length} service(s), ${dom.h3.length} h3, ${advice} advice section(s), ${pages} PDF pages, ${requests.length} request`);
    await page.close();
  }
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
