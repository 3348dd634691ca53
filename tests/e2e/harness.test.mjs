// Proves the e2e harness (fixture pages, HTTPS server, browser launchers) in BOTH browsers
// with a throw-away MV3 probe extension generated into a temp dir.
// Run: node --test --test-concurrency=1 tests/e2e/harness.test.mjs
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, FIXTURE_HOSTS, URLS, isBrowserBackground } from './server.mjs';
import { launchBrowser } from './browsers.mjs';
import { clickByText } from './sites-helpers.mjs';

// Accents, cedilla, an astral emoji (surrogate pair) and a ZWJ-free second emoji.
const TYPED = 'Bonjour é ç à 👋 ok';

// ---- probe extension ---------------------------------------------------------------------
function makeProbeExtension() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reserve-probe-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'Reserve harness probe',
    version: '0.0.1',
    content_scripts: [{
      matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*',
        'https://www.linkedin.com/*', 'https://example.org/*'],
      js: ['cs.js'],
      run_at: 'document_idle',
    }],
    action: { default_popup: 'popup.html' },
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    browser_specific_settings: {
      gecko: { id: 'harness-probe@reserve.test', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
    },
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  // The smallest valid wasm module: magic + version.
  fs.writeFileSync(path.join(dir, 'cs.js'), `
document.documentElement.dataset.reserveProbe = 'ran';
document.addEventListener('reserve-probe:wasm', async () => {
  const el = document.documentElement;
  try {
    await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    el.dataset.reserveProbeWasm = 'ok';
  } catch (e) {
    el.dataset.reserveProbeWasm = 'error:' + e.name;
  }
});
`);
  fs.writeFileSync(path.join(dir, 'popup.html'),
    '<!doctype html><meta charset="utf-8"><title>probe popup</title><body><h1>Probe</h1><script src="popup.js"></script></body>');
  fs.writeFileSync(path.join(dir, 'popup.js'), 'document.body.dataset.ready = "1";');
  return dir;
}

// ---- helpers -----------------------------------------------------------------------------
const mod = 'Control';
async function undo(page) {
  await page.keyboard.down(mod);
  await page.keyboard.press('KeyZ');
  await page.keyboard.up(mod);
}
async function getText(page, name) {
  return page.evaluate((n) => window.__fixture.getText(n), name);
}
async function waitText(page, name, expected) {
  await page.waitForFunction((n, e) => window.__fixture.getText(n) === e, { timeout: 5000 }, name ?? null, expected)
    .catch(async (err) => {
      throw new Error(`${name}: expected ${JSON.stringify(expected)}, model has ${JSON.stringify(await getText(page, name ?? undefined))} (${err.message})`);
    });
}
// Types into the editor, checks the model byte for byte, undoes, checks the model shrank.
async function typeCheckUndo(page, selector, name) {
  const el = await page.waitForSelector(selector);
  await el.click();
  await page.keyboard.type(TYPED);
  await waitText(page, name, TYPED);
  await undo(page);
  await page.waitForFunction((n, full) => {
    const t = window.__fixture.getText(n ?? undefined);
    return t.length < full.length && full.startsWith(t);
  }, { timeout: 5000 }, name ?? null, TYPED);
}
const pageErrors = [];
async function open(b, url) {
  const page = await b.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${url}: ${e.message}`));
  const res = await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__fixture && document.documentElement.dataset.reserveProbe === 'ran',
    { timeout: 10000, polling: 50 }).catch(async (err) => {
    const st = await page.evaluate(() => ({ fixture: !!window.__fixture, probe: document.documentElement.dataset.reserveProbe ?? null,
      readyState: document.readyState, visibility: document.visibilityState,
      resources: performance.getEntriesByType('resource').map((e) => `${e.name} ${e.responseStatus} ${e.transferSize}`) }))
      .catch((e) => e.message);
    const seen = server.requests.slice(-12).map((r) => `${r.host}${r.url}`);
    throw new Error(`${url} not ready: ${JSON.stringify(st)}; server saw last: ${JSON.stringify(seen)} (${err.message})`);
  });
  return { page, res };
}
async function noViolations(page) {
  assert.deepEqual(await page.evaluate(() => window.__fixture.cspViolations), []);
}

// ---- suite -------------------------------------------------------------------------------
let server;
let extDir;
before(async () => {
  server = await startServer();
  extDir = makeProbeExtension();
});
after(async () => {
  await server?.close();
  if (extDir) fs.rmSync(extDir, { recursive: true, force: true });
});

for (const kind of ['chromium', 'firefox']) {
  describe(kind, () => {
    let b;
    before(async () => {
      server.reset();
      b = await launchBrowser(kind, { extensionDir: extDir });
    });
    after(async () => { await b?.close(); });

    test('x.com: strict CSP, probe ran, Draft.js model gets exact keystrokes, undo; X Chat textarea', async () => {
      const { page, res } = await open(b, URLS.x + '?q=1');
      const csp = res.headers()['content-security-policy'];
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-eval|wasm-unsafe-eval/);
      assert.match(csp, /report-uri \S+\/csp-report/);
      assert.match(csp, /report-to csp-endpoint/);
      await typeCheckUndo(page, '[data-testid="tweetTextarea_0"]', 'main');
      await typeCheckUndo(page, '[data-testid="tweetTextarea_1"]', 'reply');
      await typeCheckUndo(page, '[data-testid="dmComposerTextInput"]', 'dm');
      assert.equal(await page.$eval('[data-testid="tweetTextarea_0"]', (e) => e.getAttribute('role')), 'textbox');
      // X Chat: a React-controlled <textarea>; the send button appears with text; Enter sends.
      assert.equal(await page.$('[data-testid="dm-composer-send-button"]'), null);
      await (await page.waitForSelector('textarea[data-testid="dm-composer-textarea"]')).click();
      await page.keyboard.type(TYPED);
      await waitText(page, 'chat', TYPED);
      await page.waitForSelector('[data-testid="dm-composer-form"] [data-testid="dm-composer-send-button"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__fixture.posted.some((p) => p.composer === 'chat'));
      assert.equal(await page.evaluate(() => window.__fixture.posted.find((p) => p.composer === 'chat').text), TYPED);
      await noViolations(page);
      await page.close();
    });

    test('x.com: tagged place is a plain button, account switch, Ctrl+Enter posts, the modal re-attaches the last place', async () => {
      const { page } = await open(b, URLS.x);
      await page.click('[data-testid="toolBar"] [data-testid="geoButton"]');
      await clickByText(page, '[role="dialog"] [role="option"]', 'Gatineau, Québec');
      const placeButton = () => page.evaluate(() => {
        const editor = document.querySelector('[data-testid="tweetTextarea_0RichTextInputContainer"]');
        const b = editor.parentElement.querySelector('button:not([data-testid]):not([aria-label])');
        return b ? { text: b.textContent, testids: b.querySelectorAll('[data-testid]').length } : null;
      });
      await page.waitForFunction(() => document.querySelector('[data-testid="geoButton"] path').getAttribute('d').startsWith('M12 2C'));
      assert.deepEqual(await placeButton(), { text: 'Gatineau, Québec', testids: 0 });
      // Clicking the place reopens the picker, whose "Remove" clears it.
      await clickByText(page, 'button', 'Gatineau, Québec');
      await clickByText(page, '[role="dialog"] button', 'Remove');
      await page.waitForFunction(() => !document.querySelector('[data-testid="geoButton"] path').getAttribute('d').startsWith('M12 2C'));
      assert.equal((await placeButton())?.text, 'Everyone can reply');
      await page.click('[data-testid="geoButton"]');
      await clickByText(page, '[role="dialog"] [role="option"]', 'Parliament Hill');

      await page.click('[data-testid="SideNav_AccountSwitcher_Button"]');
      await clickByText(page, '[role="menu"] [role="menuitem"]', '@ServiceCanada');
      await page.waitForSelector('[data-testid="SideNav_AccountSwitcher_Button"] [data-testid="UserAvatar-Container-ServiceCanada"]');

      await page.click('[data-testid="tweetTextarea_0"]');
      await page.keyboard.type('Salut');
      await waitText(page, 'main', 'Salut');
      await page.keyboard.down(mod);
      await page.keyboard.press('Enter');
      await page.keyboard.up(mod);
      await page.waitForFunction(() => window.__fixture.posted.length === 1);
      const posted = await page.evaluate(() => window.__fixture.posted[0]);
      assert.deepEqual({ ...posted, time: 0 },
        { composer: 'main', identity: '@ServiceCanada', place: 'Parliament Hill', text: 'Salut', time: 0 });
      await waitText(page, 'main', '');
      // The modal composer opens with the last place already attached.
      await page.click('[data-testid="SideNav_NewTweet_Button"]');
      await page.waitForSelector('[role="dialog"] [data-testid="tweetTextarea_0"]');
      assert.equal(await page.evaluate(() => window.__fixture.modalPlace), 'Parliament Hill');
      await page.close();
    });

    test('twitter.com serves the X fixture', async () => {
      const { page } = await open(b, URLS.twitter);
      assert.equal(await page.evaluate(() => window.__fixture.site), 'x');
      await page.close();
    });

    test('facebook: Lexical post dialog, check-in, Page two-stage post, comment and Messenger boxes', async () => {
      const { page, res } = await open(b, URLS.facebook);
      assert.match(res.headers()['content-security-policy'], /'unsafe-eval'/);
      assert.equal(await page.$('#mount_0_0_Xy [data-testid]'), null, 'no test id anywhere in the site markup (Facebook has none)');
      await clickByText(page, '[role="button"]', "What's on your mind");
      const sel = '[role="dialog"] div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
      await typeCheckUndo(page, sel, 'post');
      await page.click('[role="dialog"] [aria-label="Check in"][role="button"]');
      await clickByText(page, '[role="listbox"] [role="option"]', 'Parliament Hill');
      await page.waitForFunction(() => document.querySelector('[role="dialog"] .author-line')?.textContent === 'Marie Tremblay is at Parliament Hill.');
      await page.click(sel);
      await page.keyboard.type(' fin');
      const before = await getText(page, 'post');
      await page.click('[role="dialog"] div[role="button"][aria-label="Post"]');
      await page.waitForFunction(() => window.__fixture.posted.length === 1);
      let posted = await page.evaluate(() => window.__fixture.posted[0]);
      assert.deepEqual([posted.text, posted.identity, posted.place], [before, 'Marie Tremblay', 'Parliament Hill']);
      assert.equal(await page.$('[role="dialog"]'), null);

      // As a Page: "Your profile" → "Switch to …", then Next → "Post settings" → Post.
      await page.click('[aria-label="Your profile"][role="button"]');
      await clickByText(page, '[role="menu"] [role="menuitem"]', 'Switch to Ville de Gatineau');
      await clickByText(page, '[role="button"]', "What's on your mind, Ville de Gatineau");
      await (await page.waitForSelector(sel)).click();
      await page.keyboard.type('Avis public');
      await waitText(page, 'post', 'Avis public');
      await page.click('[role="dialog"] div[role="button"][aria-label="Next"]');
      await page.waitForSelector('[role="dialog"][aria-labelledby="post-settings-title"]');
      assert.equal(await page.$('[data-lexical-editor="true"][aria-label^="What"]'), null, 'the editor left the page');
      await page.click('[role="dialog"] div[role="button"][aria-label="Post"]');
      await page.waitForFunction(() => window.__fixture.posted.length === 2);
      posted = await page.evaluate(() => window.__fixture.posted[1]);
      assert.deepEqual([posted.text, posted.identity], ['Avis public', 'Ville de Gatineau']);

      const comment = '[data-lexical-editor="true"][aria-label="Comment as Ville de Gatineau"]';
      await typeCheckUndo(page, comment, 'comment');
      await page.keyboard.type(' ok');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__fixture.posted.length === 3 && window.__fixture.posted[2].composer === 'comment');
      await typeCheckUndo(page, '[data-lexical-editor="true"][aria-label="Message"]', 'chat');
      await noViolations(page);
      await page.close();
    });

    test('linkedin: classic Quill share box in the shadow root, SDUI Tiptap share box, both comment boxes, messaging', async () => {
      const { page, res } = await open(b, URLS.linkedin);
      assert.doesNotMatch(res.headers()['content-security-policy'], /unsafe-eval/);
      await page.click('.share-box-feed-entry__trigger');
      const editor = '#interop-outlet >>> [data-test-modal-id="sharebox"] .ql-editor[aria-label="Text editor for creating content"]';
      await typeCheckUndo(page, editor, 'share');
      // Quill tracks the caret inside the shadow root (stock Quill without the fixture's
      // getComposedRanges shim garbles this into "bc dXefa").
      await page.keyboard.down(mod); await page.keyboard.press('KeyA'); await page.keyboard.up(mod);
      await page.keyboard.type('abc def');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.type('X');
      await waitText(page, 'share', 'abc dXef');
      assert.deepEqual(await page.evaluate(() => window.__fixture.quill.getSelection()), { index: 6, length: 0 });
      await page.click('#interop-outlet >>> .share-unified-settings-entry-button');
      await clickByText(page, '[role="radio"]', 'Service Canada', { root: '#interop-outlet' });
      await page.waitForFunction(() => document.querySelector('#interop-outlet').shadowRoot
        .querySelector('.share-unified-settings-entry-button .artdeco-entity-lockup__title').textContent === 'Service Canada');
      const text = await getText(page, 'share');
      await page.click('#interop-outlet >>> button.share-actions__primary-action');
      await page.waitForFunction(() => window.__fixture.posted.length === 1);
      const posted = await page.evaluate(() => window.__fixture.posted[0]);
      assert.deepEqual([posted.text, posted.identity], [text, 'Service Canada']);

      await typeCheckUndo(page, '.comments-comment-box__form .ql-editor', 'comment');
      await typeCheckUndo(page, '[componentkey^="commentBox-"] .tiptap.ProseMirror[contenteditable="true"]', 'comment2');
      await page.keyboard.type(' ok');
      await page.click('button[componentkey*="commentButtonSection"]');
      await page.waitForFunction(() => window.__fixture.posted.some((p) => p.composer === 'comment2'));
      await (await page.waitForSelector('#interop-outlet >>> .msg-form__contenteditable')).click();
      await page.keyboard.type(TYPED);
      await waitText(page, 'message', TYPED);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__fixture.posted.some((p) => p.composer === 'message'));
      assert.equal(await page.evaluate(() => window.__fixture.posted.find((p) => p.composer === 'message').text), TYPED);
      await noViolations(page);
      await page.close();

      // The new share box: native <dialog>, ShareCompose screen, Tiptap, text-only Post button.
      const sdui = await open(b, URLS.linkedin + '?sharebox=sdui');
      await sdui.page.click('.share-box-feed-entry__trigger');
      await sdui.page.waitForSelector('dialog[open] [data-sdui-screen*="sharing.ShareCompose"]');
      await typeCheckUndo(sdui.page, 'dialog [componentkey="ShareBox_textEditor"] .ProseMirror', 'sdui');
      await sdui.page.keyboard.type(' ok');
      const sduiText = await getText(sdui.page, 'sdui');
      await clickByText(sdui.page, 'dialog button', 'Post');
      await sdui.page.waitForFunction(() => window.__fixture.posted.length === 1);
      assert.equal(await sdui.page.evaluate(() => window.__fixture.posted[0].text), sduiText);
      assert.equal(await sdui.page.$('dialog[open]'), null);
      await noViolations(sdui.page);
      await sdui.page.close();
    });

    test('example.org: textarea and contenteditable', async () => {
      const { page, res } = await open(b, URLS.generic);
      assert.equal(res.headers()['content-security-policy'], undefined);
      await typeCheckUndo(page, '#plain-textarea', 'textarea');
      await typeCheckUndo(page, '#plain-editable', 'contenteditable');
      await page.close();
    });

    test('?sample=1 pre-fills each site through the editor', async () => {
      for (const url of [URLS.x, URLS.facebook, URLS.linkedin]) {
        const { page } = await open(b, url + '?sample=1');
        await page.waitForFunction(() => window.__fixture.getText().length > 100, { timeout: 5000 });
        await page.close();
      }
    });

    test('extension page opens by URL', async () => {
      const page = await b.openExtensionPage('popup.html');
      await page.waitForFunction(() => document.body.dataset.ready === '1');
      assert.equal(await page.title(), 'probe popup');
      await page.close();
    });

    if (kind === 'chromium') {
      test('TRAP reproduced: WebAssembly.compile in a content script on x.com is blocked AND reported', async (t) => {
        const { page } = await open(b, URLS.x);
        const reportsBefore = server.cspReports.length;
        await page.evaluate(() => document.dispatchEvent(new CustomEvent('reserve-probe:wasm')));
        await page.waitForFunction(() => document.documentElement.dataset.reserveProbeWasm);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.reserveProbeWasm), 'error:CompileError');
        const violations = await page.evaluate(() => window.__fixture.cspViolations);
        assert.ok(violations.some((v) => v.blockedURI === 'wasm-eval'), JSON.stringify(violations));
        const report = await server.waitForCspReport((r) =>
          r.host === 'x.com' && r.reports.some((x) => (x['blocked-uri'] ?? x.blockedURL) === 'wasm-eval'), 10000);
        assert.ok(report, `no CSP report (had ${server.cspReports.length - reportsBefore} new)`);
        t.diagnostic(`CSP report (${report.contentType}): ${JSON.stringify(report.reports[0])}`);
        await page.close();
      });
    } else {
      test('Firefox content scripts are exempt from the page CSP for WebAssembly', async () => {
        const { page } = await open(b, URLS.x);
        await page.evaluate(() => document.dispatchEvent(new CustomEvent('reserve-probe:wasm')));
        await page.waitForFunction(() => document.documentElement.dataset.reserveProbeWasm);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.reserveProbeWasm), 'ok');
        await noViolations(page);
        await page.close();
      });
    }

    test('no page errors in any fixture', () => {
      assert.deepEqual(pageErrors.splice(0), []);
    });

    test('the server saw only fixture hosts (besides known browser background requests)', () => {
      assert.ok(server.requests.some((r) => r.host === 'x.com'));
      assert.deepEqual(server.foreignRequests(), []);
      const background = server.requests.filter((r) => !FIXTURE_HOSTS.includes(r.host));
      assert.ok(background.every(isBrowserBackground)); // (Chromium's may arrive while Firefox runs)
    });
  });
}
