// End-to-end tests of the platform parts of the extension, in headless Chromium and Firefox
// ESR: the generic adapter on a site the user enabled (optional host permission →
// scripting.registerContentScripts), with its textarea fallback boxes, and (Chromium) the MV3
// service worker being terminated while the user types.
//
//   node --test --test-concurrency=1 tests/e2e/ext-platform.test.mjs
//
// Granting the optional permission: Firefox runs the real `permissions.request()` from an
// extension page on a trusted click, with the pref extensions.webextOptionalPermissionPrompts
// = false answering the prompt. Headless Chromium shows a prompt nothing can accept, so its
// test loads a copy of the release build whose manifest also lists https://example.org/* in
// `host_permissions` (granted at install, as if the user had accepted): everything after the
// grant (permissions.getAll → registerContentScripts → generic adapter) is the same code.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { URLS } from './server.mjs';
import {
  DIST, SHOTS, KINDS, RISKY, CLEAN, noHighlights, SITES, setupSuite, analyzeInNode,
  expectedHighlights, waitHighlights, chord, launch, openPage, frames, extensionTools,
} from './ext-helpers.mjs';

const ORIGIN = 'https://example.org/*';
let server;
before(async () => {
  server = await setupSuite();
});
after(async () => {
  if (server) await server.close();
});

/** A copy of dist/chrome whose manifest grants example.org at install (see the header). */
function chromeBuildWithGrantedOrigin() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reserve-chrome-granted-'));
  fs.cpSync(path.join(DIST, 'chrome'), dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  manifest.host_permissions = [ORIGIN];
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
  return dir;
}

/**
 * Where the textarea draws a substring of its first line (viewport px), measured in the page
 * with a canvas in the textarea's own font.
 */
function textareaSpan(page, text, sub) {
  return page.evaluate((t, s) => {
    const ta = document.querySelector('#plain-textarea');
    const cs = getComputedStyle(ta);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const r = ta.getBoundingClientRect();
    const x0 = r.left + ta.clientLeft + parseFloat(cs.paddingLeft);
    const y0 = r.top + ta.clientTop + parseFloat(cs.paddingTop);
    const lh = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.2;
    const at = t.indexOf(s);
    const left = x0 + ctx.measureText(t.slice(0, at)).width;
    const right = x0 + ctx.measureText(t.slice(0, at + s.length)).width;
    return { left, right, top: y0, bottom: y0 + lh, x: (left + right) / 2, y: y0 + lh / 2 };
  }, text, sub);
}

/** Counts strongly red pixels (the high-severity underline) in a screenshot area. */
async function redPixels(page, decoder, box) {
  const clip = { x: Math.round(box.left + 1), y: Math.round(box.top), width: Math.max(2, Math.round(box.right - box.left - 2)), height: Math.round(box.bottom - box.top + 6) };
  const png = Buffer.from(await page.screenshot({ clip, encoding: 'binary' })).toString('base64');
  // Decoded in an extension page (a canvas), so the test needs no PNG library.
  return decoder().evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] > 140 && d[i] - d[i + 1] > 80 && d[i] - d[i + 2] > 80) n++;
    return n;
  }, png);
}

for (const kind of KINDS) {
  describe(`${kind}`, () => {
    let b;
    let extPage = null;
    let grantedDir = null;
    const { waitState } = extensionTools(() => b, () => extPage);

    before(async () => {
      if (kind === 'chromium') {
        grantedDir = chromeBuildWithGrantedOrigin();
        b = await launch(kind, { extensionDir: grantedDir });
      } else {
        b = await launch(kind, { prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
      }
      extPage = await b.openExtensionPage('popup/popup.html');
    });
    after(async () => {
      if (extPage && !extPage.isClosed()) await extPage.close();
      if (b) await b.close();
      if (grantedDir) fs.rmSync(grantedDir, { recursive: true, force: true });
    });

    test('generic adapter: a site the user enabled gets checked; textarea boxes sit on the text and let the pointer through', async () => {
      if (kind === 'firefox') {
        // The user's click in an extension page asks for the optional host permission (the
        // popup has no such button yet: the test adds one to the extension page).
        await extPage.bringToFront();
        await extPage.evaluate((origin) => {
          const button = document.createElement('button');
          button.id = 'test-enable-site';
          button.textContent = 'Enable Réserve on example.org';
          button.addEventListener('click', () => {
            browser.permissions.request({ origins: [origin] }).then((g) => { window.__granted = g; }, (e) => { window.__granted = String(e); });
          });
          document.body.prepend(button);
        }, ORIGIN);
        await extPage.click('#test-enable-site');
        await extPage.waitForFunction(() => window.__granted !== undefined, { timeout: 8000, polling: 100 });
        assert.equal(await extPage.evaluate(() => window.__granted), true, 'permission granted');
      }
      const registered = async () => extPage.evaluate(async (origin) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const scripts = await api.scripting.getRegisteredContentScripts();
        return scripts.filter((s) => s.matches.includes(origin)).map((s) => s.js);
      }, ORIGIN);
      const t0 = Date.now();
      while (!(await registered()).length) {
        assert.ok(Date.now() - t0 < 8000, 'the generic content script was registered for the granted origin');
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.deepEqual(await registered(), [['content/content.js']]);

      const page = await openPage(b, URLS.generic);
      try {
        // The textarea: fallback boxes (the Highlight API cannot reach inside a textarea).
        const ta = await page.waitForSelector('#plain-textarea');
        await ta.click();
        await page.keyboard.type(RISKY);
        const findings = analyzeInNode(RISKY).findings;
        const highs = findings.filter((f) => f.severity === 'high').length;
        await waitState(page, (s) => s && s.counts.high === highs, 'textarea findings reported', 'example.org');
        await waitHighlights(page, noHighlights, 'no Highlight API ranges for a textarea');
        const risky = await textareaSpan(page, RISKY, 'Protected B');
        const clean = await textareaSpan(page, RISKY, 'SIN');
        let red = 0;
        const t1 = Date.now();
        while ((red = await redPixels(page, () => extPage, risky)) < 10) {
          assert.ok(Date.now() - t1 < 5000, `a red high-risk box under "Protected B" (${red} red pixels)`);
          await frames(page, 2);
        }
        assert.equal(await redPixels(page, () => extPage, clean), 0, 'no box under a clean word');
        // pointer-events: none — the textarea itself is what the pointer hits on a flagged word.
        assert.equal(await page.evaluate((p) => document.elementFromPoint(p.x, p.y)?.id, risky), 'plain-textarea');
        // Our boxes live in a closed shadow root on a bare host under <html>.
        assert.ok(await page.evaluate(() => [...document.documentElement.children].some((e) => e.tagName === 'DIV' && !e.shadowRoot && e !== document.body)));
        await page.screenshot({ path: path.join(SHOTS, `ext-${kind}-generic.png`) });
        assert.equal(await page.evaluate(() => window.__fixture.getText('textarea')), RISKY);

        // The contenteditable on the same page: Highlight API ranges as on the three sites.
        const ce = await page.$('#plain-editable');
        await chord(page, ['Control'], 'KeyA');
        await page.keyboard.press('Backspace');
        await ce.click();
        await page.keyboard.type(RISKY);
        await waitHighlights(page, expectedHighlights(RISKY), 'contenteditable');
        assert.equal(await page.evaluate(() => window.__fixture.getText('contenteditable')), RISKY);
      } finally {
        await page.close();
      }

      if (kind === 'firefox') {
        // Taking the permission back unregisters the script: the site is no longer checked.
        await extPage.evaluate((origin) => browser.permissions.remove({ origins: [origin] }), ORIGIN);
        const t2 = Date.now();
        while ((await registered()).length) {
          assert.ok(Date.now() - t2 < 8000, 'unregistered after the permission was removed');
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    });

    if (kind === 'chromium') {
      test('service worker terminated mid-typing: the next keystrokes still get warnings', async () => {
        const page = await openPage(b, URLS.x);
        let cdp = null;
        try {
          const editor = await SITES.x.open(page);
          await editor.click();
          await page.keyboard.type(RISKY);
          await waitHighlights(page, expectedHighlights(RISKY), 'before');
          // (Never attach puppeteer to the worker itself: a restarted worker would then wait
          // for the debugger and never run.)
          // Stop the worker the way chrome://serviceworker-internals does (CDP ServiceWorker.stopWorker).
          cdp = await extPage.createCDPSession();
          const versions = new Map();
          let onUpdate = () => {};
          cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
            for (const v of e.versions) versions.set(v.versionId, v);
            onUpdate();
          });
          const until = (pred, what) => new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`${what}: ${JSON.stringify([...versions.values()])}`)), 8000);
            onUpdate = () => {
              const v = [...versions.values()].find(pred);
              if (v) { clearTimeout(timer); onUpdate = () => {}; resolve(v); }
            };
            onUpdate();
          });
          await cdp.send('ServiceWorker.enable');
          const ours = (v) => v.scriptURL.startsWith(b.extensionBaseUrl);
          const running = await until((v) => ours(v) && v.runningStatus === 'running', 'our worker runs');
          await cdp.send('ServiceWorker.stopWorker', { versionId: running.versionId });
          await until((v) => ours(v) && v.runningStatus === 'stopped', 'our worker stopped');
          versions.clear();

          // Keep typing: the content script's next message wakes a fresh worker, which has no
          // engine configured; the client re-sends its settings and the warnings keep coming.
          await editor.focus();
          await chord(page, ['Control'], 'KeyA');
          await page.keyboard.type(CLEAN);
          await waitHighlights(page, noHighlights, 'clean after the restart');
          await chord(page, ['Control'], 'KeyA');
          await page.keyboard.type(`${RISKY} again`);
          await waitHighlights(page, expectedHighlights(`${RISKY} again`), 'risky after the restart');
          // The answers came from a worker started again after the stop.
          await until((v) => ours(v) && v.runningStatus === 'running', 'our worker started again');
        } finally {
          if (cdp) await cdp.detach().catch(() => {});
          await page.close();
        }
      });
    }
  });
}
