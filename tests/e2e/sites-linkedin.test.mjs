// Every LinkedIn composer with the real extension, in Chromium and Firefox, on the rebuilt
// linkedin.com fixture (tests/fixtures/src/linkedin): the classic share box (Quill in the open
// shadow root of #interop-outlet), the new SDUI share box (native <dialog>, Tiptap, text-only
// Post button), the classic comment box (Quill), the new comment box (Tiptap, componentkey
// "commentButtonSection" button) and messaging (in the shadow root; Enter and Send). The
// posting identity is read from the share boxes' author controls.
//
//   node --test --test-concurrency=1 tests/e2e/sites-linkedin.test.mjs

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { URLS } from './server.mjs';
import { KINDS, RISKY, CLEAN, ENGLISH_ONLY, setupSuite, expectedHighlights, analyzeInNode, waitHighlights, launch, extensionTools } from './ext-helpers.mjs';
import { runComposerCase, clickByText, waitModel } from './sites-helpers.mjs';

let server;
before(async () => { server = await setupSuite(); });
after(async () => { if (server) await server.close(); });

const texts = { clean: CLEAN, risky: RISKY };

for (const kind of KINDS) {
  describe(`linkedin composers in ${kind}`, () => {
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

    async function openLi(query = '') {
      const page = await b.browser.newPage();
      await page.goto(URLS.linkedin + query, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__fixture, { timeout: 10000 });
      return page;
    }
    const highlights = (label) => (page, text) => waitHighlights(page, expectedHighlights(text), label);
    const click = (selector) => async (page) => { await (await page.waitForSelector(selector)).click(); };
    const CLASSIC = '#interop-outlet >>> [data-test-modal-id="sharebox"] .ql-editor';
    const SDUI = 'dialog[open] [componentkey="ShareBox_textEditor"] .ProseMirror';

    test('classic share box: Quill in the #interop-outlet shadow root', async () => {
      const page = await openLi();
      try {
        await runComposerCase({
          page, label: 'li classic share', model: 'share', texts, waitFindings: highlights('li classic'),
          open: async (p) => {
            if (!(await p.$(CLASSIC))) await p.click('.share-box-feed-entry__trigger');
            return p.waitForSelector(CLASSIC);
          },
          submit: click('#interop-outlet >>> button.share-actions__primary-action'),
        });
      } finally {
        await page.close();
      }
    });

    test('new share box: native <dialog>, ShareCompose screen, Tiptap, text-only Post button', async () => {
      const page = await openLi('?sharebox=sdui');
      try {
        await runComposerCase({
          page, label: 'li sdui share', model: 'sdui', texts, waitFindings: highlights('li sdui'),
          open: async (p) => {
            if (!(await p.$(SDUI))) await p.click('.share-box-feed-entry__trigger');
            return p.waitForSelector(SDUI);
          },
          submit: async (p) => { await clickByText(p, 'dialog[open] button', 'Post'); },
        });
      } finally {
        await page.close();
      }
    });

    test('comment boxes: classic Quill (submit button) and new Tiptap (commentButtonSection)', async () => {
      const page = await openLi();
      try {
        await runComposerCase({
          page, label: 'li classic comment', model: 'comment', texts, waitFindings: highlights('li comment'),
          open: (p) => p.waitForSelector('.comments-comment-box__form .ql-editor'),
          submit: click('.comments-comment-box__form button[class*="comments-comment-box__submit-button"]'),
        });
        await runComposerCase({
          page, label: 'li sdui comment', model: 'comment2', texts, waitFindings: highlights('li comment2'),
          open: (p) => p.waitForSelector('[componentkey^="commentBox-"] .ProseMirror'),
          submit: click('button[componentkey*="commentButtonSection"]'),
        });
      } finally {
        await page.close();
      }
    });

    test('messaging in the shadow root: Enter and the Send button', async () => {
      const page = await openLi();
      const sel = '#interop-outlet >>> .msg-form__contenteditable';
      try {
        await runComposerCase({
          page, label: 'li message, Enter', model: 'message', texts, waitFindings: highlights('li message'),
          open: (p) => p.waitForSelector(sel), submit: async (p) => { await p.focus(sel); await p.keyboard.press('Enter'); },
        });
        await runComposerCase({
          page, label: 'li message, Send', model: 'message', texts, waitFindings: highlights('li message send'),
          open: (p) => p.waitForSelector(sel), submit: click('#interop-outlet >>> button.msg-form__send-button'),
        });
      } finally {
        await page.close();
      }
    });

    for (const box of ['classic', 'sdui']) {
      test(`${box} share box: the author (a company Page) is read, so its official-account rules apply`, async () => {
        await tools.setSettings({ officialAccounts: [{ platform: 'linkedin', handle: 'Service Canada', mode: 'bilingual', counterpart: '' }] });
        const page = await openLi(box === 'sdui' ? '?sharebox=sdui' : '');
        try {
          assert.ok(analyzeInNode(ENGLISH_ONLY, { official: 'bilingual' }).findings.some((f) => f.category === 'official-language'));
          await page.click('.share-box-feed-entry__trigger');
          if (box === 'classic') {
            await page.click('#interop-outlet >>> .share-unified-settings-entry-button');
            await clickByText(page, '[role="radio"]', 'Service Canada', { root: '#interop-outlet' });
          } else {
            // The SDUI author button is rendered with the author at open time: switch first.
            await page.evaluate(() => document.querySelector('dialog[open] button[aria-haspopup="dialog"] p').replaceChildren('Service Canada'));
          }
          const editor = await page.waitForSelector(box === 'classic' ? CLASSIC : SDUI);
          await editor.click();
          await page.keyboard.type(ENGLISH_ONLY);
          await waitModel(page, box === 'classic' ? 'share' : 'sdui', ENGLISH_ONLY);
          await tools.waitState(page, (s) => s && s.categories.includes('official-language'), 'official-language finding for the Page', 'linkedin');
        } finally {
          await tools.setSettings({ officialAccounts: [] });
          await page.close();
        }
      });
    }
  });
}
