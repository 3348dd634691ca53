// The self-check users can see, with the real extension in Chromium and Firefox:
//  - the popup says how many composers Réserve watches on the current tab, by kind;
//  - it flags "this page has a text box Réserve does not recognise" when an editable element
//    of a known editor library is focused that no adapter claimed (here: a ProseMirror editor
//    the page adds, as a redesigned site would), and not before;
//  - the options page's local diagnostic lists adapter version, selector counts and the
//    browser version, and never the typed text or the page's address.
//
//   node --test --test-concurrency=1 tests/e2e/sites-selfcheck.test.mjs

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { URLS } from './server.mjs';
import { KINDS, setupSuite, launch, frames } from './ext-helpers.mjs';
import { waitModel } from './sites-helpers.mjs';

let server;
before(async () => { server = await setupSuite(); });
after(async () => { if (server) await server.close(); });

const SECRET = 'Dossier confidentiel Tremblay 4471';

for (const kind of KINDS) {
  describe(`self-check in ${kind}`, () => {
    let b;
    let probe;
    before(async () => {
      b = await launch(kind);
      // Opened first: the site pages opened later are in front (background tabs get no frames).
      probe = await b.openExtensionPage('popup/popup.html');
    });
    after(async () => { if (b) await b.close(); });

    async function openSite(url) {
      const page = await b.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__fixture, { timeout: 10000 });
      return page;
    }
    /** The popup opened as a tab: it reports on the tab used just before it. */
    async function openPopup() {
      const page = await b.openExtensionPage('popup/popup.html');
      await page.waitForSelector('body[data-ready="true"]');
      return page;
    }
    const text = (page, sel) => page.$eval(sel, (e) => e.textContent.replace(/\s+/g, ' ').trim()).catch(() => null);

    /**
     * Waits (frame by frame in the site page, in front) until the background holds a
     * self-check that satisfies `pred` (read through the extension page opened first).
     */
    async function waitCoverage(site, pred, what) {
      await site.bringToFront();
      const t0 = Date.now();
      for (;;) {
        await frames(site, 2);
        const c = await probe.evaluate(() => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'reserve:diagnostics' }));
        if (pred(c)) return c;
        if (Date.now() - t0 > 8000) throw new Error(`${what}: ${JSON.stringify(c)}`);
      }
    }

    test('popup: composers watched on x.com by kind; an unclaimed editor flagged only once focused', async () => {
      const site = await openSite(URLS.x);
      try {
        await waitCoverage(site, (c) => c.some((t) => t.adapter === 'x' && t.watched === 4), 'four X composers');
        let popup = await openPopup();
        assert.equal(await text(popup, '#tab-watched'), 'Watching on this page: 2 post composers, 2 message boxes.');
        assert.equal(await popup.$('#tab-unrecognised'), null, 'nothing unrecognised yet');
        await popup.close();

        // The site adds an editor of a known library that no X selector describes.
        await site.evaluate(() => {
          const ed = document.createElement('div');
          ed.className = 'ProseMirror';
          ed.contentEditable = 'true';
          ed.setAttribute('role', 'textbox');
          ed.style.cssText = 'min-height: 2em; border: 1px solid #999';
          document.querySelector('[data-testid="primaryColumn"]').prepend(ed);
        });
        await waitCoverage(site, (c) => c.some((t) => t.adapter === 'x' && t.watched === 4 && !t.unrecognised), 'unfocused: not flagged');
        await site.bringToFront();
        await site.click('[data-testid="primaryColumn"] > .ProseMirror');
        await waitCoverage(site, (c) => c.some((t) => t.adapter === 'x' && t.unrecognised), 'focused: flagged');
        popup = await openPopup();
        assert.equal(await text(popup, '#tab-unrecognised'),
          'This page has a text box Réserve does not recognise. The site may have changed: what you type there is not checked. Settings → Diagnostic gives a report for your IT team.');
        await popup.close();
      } finally {
        await site.close();
      }
    });

    test('popup: Facebook with the post dialog open counts posts, comments and messages', async () => {
      const site = await openSite(URLS.facebook);
      try {
        await site.evaluate(() => window.__fixture.openComposer());
        await waitCoverage(site, (c) => c.some((t) => t.adapter === 'facebook' && t.watched === 3), 'three Facebook composers');
        const popup = await openPopup();
        assert.equal(await text(popup, '#tab-watched'), 'Watching on this page: 1 post composer, 1 comment box, 1 message box.');
        assert.equal(await popup.$('#tab-unrecognised'), null);
        await popup.close();
      } finally {
        await site.close();
      }
    });

    test('options: the local diagnostic has versions and selector counts, never the text or the address', async () => {
      const site = await openSite(URLS.linkedin);
      try {
        await site.click('.share-box-feed-entry__trigger');
        const editor = await site.waitForSelector('#interop-outlet >>> .ql-editor');
        await editor.click();
        await site.keyboard.type(SECRET);
        await waitModel(site, 'share', SECRET);
        await waitCoverage(site, (c) => c.some((t) => t.adapter === 'linkedin' && t.watched === 4), 'four LinkedIn composers');
        const options = await b.openExtensionPage('options/options.html');
        await options.waitForSelector('body[data-ready="true"]');
        await options.click('#diag-run');
        await options.waitForFunction(() => !document.querySelector('#diag-output').hidden && document.querySelector('#diag-output').textContent.includes('adapter'));
        const report = await text(options, '#diag-output');
        assert.match(report, /site: linkedin · adapter: linkedin \(selectors checked \d{4}-\d{2}-\d{2}\)/);
        assert.match(report, /watched: 4 \(post 1, comment 2, message 1\)/);
        assert.match(report, /classic-sharebox: 1/);
        assert.match(report, /interop-outlet: 1/);
        assert.match(report, /unrecognised text box focused: no/);
        assert.match(report, kind === 'chromium' ? /browser: (Headless)?Chrom(e|ium) \d+/ : /browser: Firefox \d+/);
        assert.match(report, /extension: \d+\.\d+\.\d+/);
        assert.ok(!report.includes(SECRET) && !report.includes('Tremblay'), 'no typed text in the report');
        assert.ok(!/https?:|linkedin\.com/.test(report), 'no address in the report');
        await options.close();
      } finally {
        await site.close();
      }
    });
  });
}
