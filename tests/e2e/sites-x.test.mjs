// Every X composer with the real extension, in Chromium and Firefox, on the rebuilt x.com
// fixture (tests/fixtures/src/x): the home composer, the modal composer, a reply, X Chat's
// <textarea> and the older Draft DM box. For each: highlights (or, for the textarea, the tab's
// findings), text unchanged, posting works, the pause dialog holds the final action, "Post
// anyway" posts exactly what was typed. Then the tagged place: picked in the picker, and
// re-attached silently by X when the modal opens — caught at the moment of posting.
//
//   node --test --test-concurrency=1 tests/e2e/sites-x.test.mjs

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { URLS } from './server.mjs';
import {
  KINDS, RISKY, CLEAN, setupSuite, expectedHighlights, analyzeInNode, waitHighlights, chord, launch, extensionTools,
} from './ext-helpers.mjs';
import { runComposerCase, clickByText, waitModel, waitConfirmOpen, lastPosted } from './sites-helpers.mjs';

let server;
before(async () => { server = await setupSuite(); });
after(async () => { if (server) await server.close(); });

const texts = { clean: CLEAN, risky: RISKY };
const highCount = (text) => analyzeInNode(text).findings.filter((f) => f.severity === 'high').length;

for (const kind of KINDS) {
  describe(`x composers in ${kind}`, () => {
    let b;
    let extPage;
    const tools = extensionTools(() => b, () => extPage);
    before(async () => {
      b = await launch(kind);
      extPage = await b.openExtensionPage('popup/popup.html');
    });
    after(async () => {
      if (extPage && !extPage.isClosed()) await extPage.close();
      if (b) await b.close();
    });

    async function openX(query = '') {
      const page = await b.browser.newPage();
      await page.goto(URLS.x + query, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__fixture, { timeout: 10000 });
      return page;
    }
    const highlights = (label) => (page, text) => waitHighlights(page, expectedHighlights(text), label);
    const click = (selector) => async (page) => { await (await page.waitForSelector(selector)).click(); };
    const enterIn = (selector) => async (page) => { await page.focus(selector); await page.keyboard.press('Enter'); };

    test('home composer (tweetButtonInline) and Ctrl+Enter', async () => {
      const page = await openX();
      try {
        const sel = '[data-testid="primaryColumn"] > .composer [data-testid="tweetTextarea_0"]';
        await runComposerCase({
          page, label: 'x home', model: 'main', texts, waitFindings: highlights('x home'),
          open: (p) => p.waitForSelector(sel),
          submit: click('[data-testid="primaryColumn"] > .composer [data-testid="tweetButtonInline"]'),
        });
        await runComposerCase({
          page, label: 'x home, Ctrl+Enter', model: 'main', texts, waitFindings: highlights('x home ctrl+enter'),
          open: (p) => p.waitForSelector(sel),
          submit: async (p) => { await p.focus(sel); await chord(p, ['Control'], 'Enter'); },
        });
      } finally {
        await page.close();
      }
    });

    test('modal composer (tweetButton)', async () => {
      const page = await openX();
      try {
        await runComposerCase({
          page, label: 'x modal', model: 'modal', texts, waitFindings: highlights('x modal'),
          open: async (p) => {
            if (!(await p.$('[role="dialog"] [data-testid="tweetTextarea_0"]'))) await (await p.waitForSelector('[data-testid="SideNav_NewTweet_Button"]')).click();
            return p.waitForSelector('[role="dialog"] [data-testid="tweetTextarea_0"]');
          },
          submit: click('[role="dialog"] [data-testid="tweetButton"]'),
        });
      } finally {
        await page.close();
      }
    });

    test('reply under a post (tweetTextarea_1, tweetButtonInline "Reply")', async () => {
      const page = await openX();
      try {
        await runComposerCase({
          page, label: 'x reply', model: 'reply', texts, waitFindings: highlights('x reply'),
          open: (p) => p.waitForSelector('article [data-testid="tweetTextarea_1"]'),
          submit: click('article [data-testid="tweetButtonInline"]'),
        });
      } finally {
        await page.close();
      }
    });

    test('X Chat: <textarea data-testid="dm-composer-textarea">, Enter and the send button', async () => {
      const page = await openX();
      const ta = 'textarea[data-testid="dm-composer-textarea"]';
      // A <textarea> cannot carry range highlights: its findings show in the tab's summary.
      const summary = async (p, text) => {
        const high = highCount(text);
        assert.ok(high >= 1);
        await tools.waitState(p, (s) => s && s.counts.high === high, 'X Chat findings reported', 'x');
      };
      try {
        await runComposerCase({ page, label: 'x chat, Enter', model: 'chat', texts, waitFindings: summary, open: (p) => p.waitForSelector(ta), submit: enterIn(ta) });
        await runComposerCase({
          page, label: 'x chat, send button', model: 'chat', texts, waitFindings: summary,
          open: (p) => p.waitForSelector(ta), submit: click('[data-testid="dm-composer-send-button"]'),
        });
      } finally {
        await page.close();
      }
    });

    test('older DM box (dmComposerTextInput, Enter)', async () => {
      const page = await openX();
      const sel = '[data-testid="dmComposerTextInput"]';
      try {
        await runComposerCase({ page, label: 'x dm', model: 'dm', texts, waitFindings: highlights('x dm'), open: (p) => p.waitForSelector(sel), submit: enterIn(sel) });
      } finally {
        await page.close();
      }
    });

    test('a place tagged in the picker: named in the findings, the post is held, then posted with it', async () => {
      const page = await openX();
      try {
        const editor = await page.waitForSelector('[data-testid="primaryColumn"] > .composer [data-testid="tweetTextarea_0"]');
        await editor.click();
        await page.keyboard.type(CLEAN);
        await waitModel(page, 'main', CLEAN);
        await tools.waitState(page, (s) => s && s.count === 0, 'clean, no place');
        await (await page.waitForSelector('[data-testid="geoButton"]')).click();
        await clickByText(page, '[role="dialog"] [role="option"]', 'Gatineau, Québec');
        await tools.waitState(page, (s) => s && s.categories.includes('location') && s.counts.warning === 1, 'place flagged');
        if (kind === 'chromium') {
          const names = await tools.accessibleNames(page);
          assert.ok(names.some((n) => /location/i.test(n)), `badge mentions the location: ${JSON.stringify(names.filter((n) => /post|location/i.test(n)))}`);
        }
        const n0 = await page.evaluate(() => window.__fixture.posted.length);
        await (await page.$('[data-testid="primaryColumn"] > .composer [data-testid="tweetButtonInline"]')).click();
        await waitConfirmOpen(page, 'x place');
        if (kind === 'chromium') {
          const names = await tools.accessibleNames(page);
          assert.ok(names.some((n) => n.includes('Gatineau, Québec')), 'the pause dialog names the place');
        }
        assert.equal(await page.evaluate(() => window.__fixture.posted.length), n0);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await page.waitForFunction((n) => window.__fixture.posted.length === n + 1, { timeout: 8000 }, n0);
        assert.deepEqual(await lastPosted(page).then((p) => [p.text, p.place]), [CLEAN, 'Gatineau, Québec']);
      } finally {
        await page.close();
      }
    });

    test('a place X re-attached silently when the modal opened is caught at the moment of posting', async () => {
      const page = await openX('?lastPlace=Parliament%20Hill');
      try {
        await (await page.waitForSelector('[data-testid="SideNav_NewTweet_Button"]')).click();
        const editor = await page.waitForSelector('[role="dialog"] [data-testid="tweetTextarea_0"]');
        assert.equal(await page.evaluate(() => window.__fixture.modalPlace), 'Parliament Hill', 'X re-attached the place');
        await editor.click();
        await page.keyboard.type(CLEAN);
        await waitModel(page, 'modal', CLEAN);
        await waitHighlights(page, expectedHighlights(CLEAN), 'clean text');
        await (await page.$('[role="dialog"] [data-testid="tweetButton"]')).click();
        await waitConfirmOpen(page, 'x silent place');
        if (kind === 'chromium') {
          const names = await tools.accessibleNames(page);
          assert.ok(names.some((n) => n.includes('Parliament Hill')), 'the pause dialog names the re-attached place');
        }
        await tools.waitState(page, (s) => s && s.categories.includes('location'), 'location reported');
        assert.equal(await page.evaluate(() => window.__fixture.posted.length), 0);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => window.__fixture.posted.length === 1, { timeout: 8000 });
        assert.deepEqual(await lastPosted(page).then((p) => [p.composer, p.text, p.place]), ['modal', CLEAN, 'Parliament Hill']);
      } finally {
        await page.close();
      }
    });
  });
}
