// Every Facebook composer with the real extension, in Chromium and Firefox, on the rebuilt
// facebook.com fixture (tests/fixtures/src/facebook, real Lexical): the "Create post" dialog as
// a profile, the two-stage post of a Page (Next → "Post settings" → Post: the final Post is
// the one held), the comment box (Enter and its send button) and a Messenger box (Enter). The
// check-in is detected at the moment of posting, also across the two stages, in English and
// in French.
//
//   node --test --test-concurrency=1 tests/e2e/sites-facebook.test.mjs

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { URLS } from './server.mjs';
import { KINDS, RISKY, CLEAN, setupSuite, expectedHighlights, waitHighlights, launch, extensionTools } from './ext-helpers.mjs';
import { runComposerCase, clickByText, waitModel, waitConfirmOpen, lastPosted } from './sites-helpers.mjs';

let server;
before(async () => { server = await setupSuite(); });
after(async () => { if (server) await server.close(); });

const texts = { clean: CLEAN, risky: RISKY };
const EDITOR = '[role="dialog"] [data-lexical-editor="true"][role="textbox"]';

for (const kind of KINDS) {
  describe(`facebook composers in ${kind}`, () => {
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

    async function openFb(query = '') {
      const page = await b.browser.newPage();
      await page.goto(URLS.facebook + query, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__fixture, { timeout: 10000 });
      return page;
    }
    const highlights = (label) => (page, text) => waitHighlights(page, expectedHighlights(text), label);
    const openDialog = async (p) => {
      if (!(await p.$(EDITOR))) await p.click('[data-pagelet="FeedComposer"] [role="button"]');
      return p.waitForSelector(EDITOR);
    };
    /** As a Page: Next (never held) opens "Post settings", whose Post is the real one. */
    const twoStage = (L) => async (p) => {
      const next = await p.$(`[role="dialog"] [role="button"][aria-label="${L.next}"]`);
      if (next) {
        await next.click();
        await p.waitForSelector('[role="dialog"][aria-labelledby="post-settings-title"]', { timeout: 8000 });
      }
      await (await p.waitForSelector(`[role="dialog"][aria-labelledby="post-settings-title"] [role="button"][aria-label="${L.post}"]`)).click();
    };
    async function switchToPage(page) {
      const L = await page.evaluate(() => window.__fixture.labels);
      await page.click(`[aria-label="${L.yourProfile}"][role="button"]`);
      await clickByText(page, '[role="menu"] [role="menuitem"]', 'Ville de Gatineau');
      await page.waitForFunction(() => window.__fixture.identity === 'Ville de Gatineau');
      return L;
    }

    test('"Create post" dialog as a profile (Post)', async () => {
      const page = await openFb();
      try {
        await runComposerCase({
          page, label: 'fb post', model: 'post', texts, waitFindings: highlights('fb post'), open: openDialog,
          submit: async (p) => { await (await p.waitForSelector('[role="dialog"] [role="button"][aria-label="Post"]')).click(); },
        });
      } finally {
        await page.close();
      }
    });

    test('as a Page: Next → "Post settings" → Post; the final Post is held, Next is not', async () => {
      const page = await openFb();
      try {
        const L = await switchToPage(page);
        await runComposerCase({ page, label: 'fb page two-stage', model: 'post', texts, waitFindings: highlights('fb page'), open: openDialog, submit: twoStage(L) });
        assert.equal(await lastPosted(page).then((p) => p.identity), 'Ville de Gatineau');
      } finally {
        await page.close();
      }
    });

    test('comment box: Enter sends, and its send button', async () => {
      const page = await openFb();
      const sel = '[data-lexical-editor="true"][aria-label^="Comment as"]';
      try {
        await runComposerCase({
          page, label: 'fb comment, Enter', model: 'comment', texts, waitFindings: highlights('fb comment'),
          open: (p) => p.waitForSelector(sel), submit: async (p) => { await p.focus(sel); await p.keyboard.press('Enter'); },
        });
        await runComposerCase({
          page, label: 'fb comment, button', model: 'comment', texts, waitFindings: highlights('fb comment button'),
          open: (p) => p.waitForSelector(sel), submit: async (p) => { await (await p.waitForSelector('form [role="button"][aria-label="Comment"]')).click(); },
        });
      } finally {
        await page.close();
      }
    });

    test('Messenger chat box: Enter sends', async () => {
      const page = await openFb();
      const sel = '[data-lexical-editor="true"][aria-label="Message"]';
      try {
        await runComposerCase({
          page, label: 'fb messenger', model: 'chat', texts, waitFindings: highlights('fb messenger'),
          open: (p) => p.waitForSelector(sel), submit: async (p) => { await p.focus(sel); await p.keyboard.press('Enter'); },
        });
      } finally {
        await page.close();
      }
    });

    for (const lang of ['en', 'fr']) {
      test(`check-in (${lang}): a Page's two-stage post with a place is held at the final Post, naming the place`, async () => {
        const page = await openFb(lang === 'fr' ? '?lang=fr' : '');
        try {
          const L = await switchToPage(page);
          const editor = await openDialog(page);
          await editor.click();
          await page.keyboard.type(CLEAN);
          await waitModel(page, 'post', CLEAN);
          await page.click(`[role="dialog"] [role="button"][aria-label="${L.checkIn}"]`);
          await clickByText(page, '[role="listbox"] [role="option"]', 'Parliament Hill');
          await page.waitForFunction((t) => document.querySelector('[role="dialog"] .author-line').textContent.includes(t), {}, `${L.isAt} Parliament Hill`);
          await tools.waitState(page, (s) => s && s.categories.includes('location'), 'check-in flagged', 'facebook');
          // Next is not held (nothing is published yet); the final Post is.
          await page.click(`[role="dialog"] [role="button"][aria-label="${L.next}"]`);
          await page.waitForSelector('[role="dialog"][aria-labelledby="post-settings-title"]');
          await page.click(`[role="dialog"][aria-labelledby="post-settings-title"] [role="button"][aria-label="${L.post}"]`);
          await waitConfirmOpen(page, `fb check-in ${lang}`);
          if (kind === 'chromium') {
            const names = await tools.accessibleNames(page);
            assert.ok(names.some((n) => n.includes('Parliament Hill')), 'the pause dialog names the place');
          }
          assert.equal(await page.evaluate(() => window.__fixture.posted.length), 0);
          await page.keyboard.press('Tab');
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => window.__fixture.posted.length === 1, { timeout: 8000 });
          assert.deepEqual(await lastPosted(page).then((p) => [p.text, p.place, p.identity]), [CLEAN, 'Parliament Hill', 'Ville de Gatineau']);
        } finally {
          await page.close();
        }
      });
    }

    test('French labels: "Commenter en tant que …" (Enter) and "Publier"', async () => {
      const page = await openFb('?lang=fr');
      const sel = '[data-lexical-editor="true"][aria-label^="Commenter en tant que"]';
      try {
        await runComposerCase({
          page, label: 'fb comment fr', model: 'comment', texts, waitFindings: highlights('fb comment fr'),
          open: (p) => p.waitForSelector(sel), submit: async (p) => { await p.focus(sel); await p.keyboard.press('Enter'); },
        });
        await runComposerCase({
          page, label: 'fb post fr', model: 'post', texts, waitFindings: highlights('fb post fr'), open: openDialog,
          submit: async (p) => { await (await p.waitForSelector('[role="dialog"] [role="button"][aria-label="Publier"]')).click(); },
        });
      } finally {
        await page.close();
      }
    });
  });
}
