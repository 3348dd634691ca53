// End-to-end tests of the in-page UI components (extension/content/ui/) on a standalone page
// (tests/fixtures-ui/), in headless Chromium and Firefox ESR, one browser at a time.
//
//   node --test tests/e2e/ui.test.mjs
//
// The page is served by this test on http://127.0.0.1:<random port> with a strict CSP
// (no inline styles or scripts), and carries a test-only chrome.i18n shim over the real
// extension/locales/ui.<lang>.json plus a recorder of shadow roots so the tests can look inside the
// CLOSED roots. Screenshots (both themes, Chromium; light, Firefox) go to target/e2e/ui-*.png.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = path.join(ROOT, 'target/e2e');
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8' };
const SERVED = ['/extension/content/ui/', '/extension/shared/guides.js', '/extension/shared/icons.js', '/extension/locales/', '/tests/fixtures-ui/', '/node_modules/axe-core/'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

function startServer() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const rel = decodeURIComponent(url.pathname);
    const file = path.join(ROOT, rel);
    if (!SERVED.some((p) => rel.startsWith(p)) || !file.startsWith(ROOT) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const LAUNCH = {
  chromium: () => puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', '--font-render-hinting=none'],
  }),
  firefox: (prefs = {}) => puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, extraPrefsFirefox: prefs }),
};
// Firefox over WebDriver BiDi cannot emulate prefers-color-scheme per page: a second instance
// with the content colour scheme forced to dark (0 = dark) takes the dark screenshots.
const FIREFOX_DARK = { 'layout.css.prefers-color-scheme.content-override': 0 };

let server;
let base;
before(async () => {
  server = await startServer();
  base = `http://127.0.0.1:${server.address().port}/tests/fixtures-ui/index.html`;
  fs.mkdirSync(SHOTS, { recursive: true });
});
after(() => new Promise((resolve) => server.close(resolve)));

async function openPage(browser, lang = 'en', scheme = 'light') {
  const page = await browser.newPage();
  await page.setViewport({ width: 860, height: 720 });
  if (scheme !== 'light') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(`${base}?lang=${lang}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__ready === true);
  return page;
}

/** Text of the element matching `selector` in the newest connected closed root. */
const textOf = (page, selector) => page.evaluate((s) => window.q(s)?.textContent ?? null, selector);
const waitFor = (page, fn, arg) => page.waitForFunction(fn, { timeout: 5000 }, arg);

async function shot(page, name, selectors, pad = 16) {
  const clip = await page.evaluate((sels, p) => {
    const rects = sels.map((s) => (s.startsWith('#') ? document.querySelector(s) : window.q(s))?.getBoundingClientRect()).filter(Boolean);
    const left = Math.max(0, Math.min(...rects.map((r) => r.left)) - p);
    const top = Math.max(0, Math.min(...rects.map((r) => r.top)) - p);
    const right = Math.min(window.innerWidth, Math.max(...rects.map((r) => r.right)) + p);
    const bottom = Math.min(window.innerHeight, Math.max(...rects.map((r) => r.bottom)) + p);
    return { x: left, y: top, width: right - left, height: bottom - top };
  }, selectors, pad);
  // Let entry animations finish (a condition, not a sleep).
  await page.evaluate((sels) => Promise.all(sels.filter((s) => !s.startsWith('#')).flatMap((s) => {
    const root = window.q(s).getRootNode();
    return Array.from(root.children).flatMap((n) => n.getAnimations({ subtree: true }).map((a) => a.finished));
  })), selectors);
  await page.screenshot({ path: path.join(SHOTS, `ui-${name}.png`), clip });
}

/**
 * axe-core on one in-page component. axe cannot enter CLOSED shadow roots, so the component's
 * rendered root (its nodes and the very stylesheet it adopted) is cloned into an OPEN shadow root
 * on the page, the original is hidden meanwhile, and axe runs on that copy: roles, names,
 * ARIA references (ids are scoped to the root, as in the original) and colour contrast as drawn.
 * The 'region' rule is off: the components are overlays on a site's page, not a page.
 */
async function axeOnComponent(page, selector) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    await page.addScriptTag({ url: '/node_modules/axe-core/axe.min.js' });
  }
  return page.evaluate(async (sel, tags) => {
    const node = window.q(sel);
    if (!node) return [`${sel}: component not found`];
    const closed = node.getRootNode();
    const host = document.createElement('div');
    document.body.append(host);
    const open = host.attachShadow({ mode: 'open' });
    window.__roots.pop(); // this copy is the test's, not a component's: keep it out of the records
    window.__rootModes.pop();
    open.adoptedStyleSheets = closed.adoptedStyleSheets;
    for (const child of closed.children) open.append(child.cloneNode(true));
    const focused = closed.activeElement;
    closed.host.style.setProperty('visibility', 'hidden', 'important');
    try {
      const r = await window.axe.run(host, { runOnly: { type: 'tag', values: tags }, rules: { region: { enabled: false } } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(' / ')}`);
    } finally {
      host.remove();
      closed.host.style.removeProperty('visibility');
      focused?.focus();
    }
  }, selector, AXE_TAGS);
}

async function focusEditorAt(page, offsetInFirstText) {
  await page.evaluate((offset) => {
    const editor = document.getElementById('editor');
    editor.focus();
    const range = document.createRange();
    range.setStart(editor.firstChild, offset);
    range.collapse(true);
    const sel = document.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }, offsetInFirstText);
}

for (const kind of ['chromium', 'firefox']) {
  describe(`UI components in ${kind}`, () => {
    let browser;
    let page;
    before(async () => {
      browser = await LAUNCH[kind]();
      page = await openPage(browser, 'en');
    });
    after(async () => {
      await browser.close();
    });

    test('badge: counts, accessible sentence, official switch, styles under a strict CSP', async () => {
      await page.evaluate(() => {
        window.badge = window.ui.createBadge({
          anchor: document.getElementById('editor'),
          onOpenList: (rect) => window.__calls.push(['openList', Math.round(rect.width) > 0]),
          onToggleOfficial: window.record('toggleOfficial'),
        });
        window.badge.update({ counts: { high: 2, warning: 1, info: 0 }, language: 'fr', official: null, canMarkOfficial: true, locationTagged: false });
      });
      const info = await page.evaluate(() => {
        const pill = window.q('.pill');
        const cs = getComputedStyle(pill);
        const r = pill.getBoundingClientRect();
        const c = document.getElementById('editor').getBoundingClientRect();
        return {
          tag: pill.tagName,
          label: pill.querySelector('.sr-only').textContent,
          visualHidden: pill.querySelector('.pill-visual').getAttribute('aria-hidden'),
          ariaLabel: pill.getAttribute('aria-label'),
          radius: cs.borderTopLeftRadius,
          inside: r.right <= c.right && r.bottom <= c.bottom && r.left >= c.left && r.top >= c.top,
          nearCorner: c.right - r.right < 12 && c.bottom - r.bottom < 12,
          switchRole: window.q('.switch').getAttribute('role'),
          switchChecked: window.q('.switch').getAttribute('aria-checked'),
          switchLabel: window.q('.switch').getAttribute('aria-label'),
        };
      });
      assert.equal(info.tag, 'BUTTON');
      assert.equal(info.label, '2 high-risk findings and 1 warning in this post; language: French');
      assert.equal(info.visualHidden, 'true', 'the compact counts are hidden from assistive technology');
      assert.equal(info.ariaLabel, null, 'the name comes from the sentence inside the button');
      assert.equal(info.radius, '14px', 'the adopted stylesheet applies despite style-src without unsafe-inline');
      assert.ok(info.inside && info.nearCorner, 'badge sits in the editor bottom-right corner');
      assert.equal(info.switchRole, 'switch');
      assert.equal(info.switchChecked, 'false');
      assert.equal(info.switchLabel, 'This is an official account');

      await (await page.evaluateHandle(() => window.q('.switch'))).click();
      await (await page.evaluateHandle(() => window.q('.pill'))).click();
      assert.deepEqual(await page.evaluate(() => window.__calls.splice(0)), [['toggleOfficial', true], ['openList', true]]);

      await page.evaluate(() => window.badge.update({
        counts: { high: 0, warning: 1, info: 2 }, language: 'bilingual',
        official: { mode: 'bilingual', status: 'missing-fr', handle: '@ServiceCanada' }, canMarkOfficial: true, locationTagged: true,
      }));
      assert.equal(await page.evaluate(() => window.q('.pill .sr-only').textContent),
        '1 warning and 2 notes in this post; language: English and French; official account @ServiceCanada, bilingual: French version missing; a location is attached to this post (warning)');
      assert.equal(await page.evaluate(() => window.q('.switch').getAttribute('aria-checked')), 'true');
      await page.evaluate(() => window.badge.update({ counts: { high: 0, warning: 0, info: 0 }, language: 'en' }));
      assert.equal(await page.evaluate(() => window.q('.pill .sr-only').textContent), 'No findings in this post; language: English');
      assert.equal(await page.evaluate(() => window.q('.switch').hidden), true);
      await page.evaluate(() => window.badge.destroy());
      assert.equal(await page.evaluate(() => window.q('.pill')), null);
    });

    test('findings list: grouped by severity, keyboard, callbacks', async () => {
      await page.evaluate(() => {
        window.closeList = window.ui.openFindingsList({
          anchorRect: document.getElementById('composer').getBoundingClientRect(),
          findings: window.sampleFindings,
          onSelect: window.record('select'),
          onIgnoreOnce: window.record('ignoreOnce'),
          onIgnoreRule: window.record('ignoreRule'),
          onClose: (i) => window.__calls.push(['close', i.reason]),
        });
      });
      const layout = await page.evaluate(() => ({
        title: window.q('.list h2').textContent,
        groups: Array.from(window.q('.list').querySelectorAll('h3')).map((h) => h.textContent),
        focused: window.activeInRoots()?.textContent,
      }));
      assert.equal(layout.title, '4 findings in this post');
      assert.deepEqual(layout.groups, ['High risk (2)', 'Warnings (1)', 'Notes (1)']);
      assert.match(layout.focused, /^Classification marking/);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      assert.match(await page.evaluate(() => window.activeInRoots().textContent), /^Criticism of your employer/);
      // Ignore once on the first item removes it from the open list.
      await (await page.evaluateHandle(() => window.q('.item .acts .btn'))).click();
      assert.equal(await textOf(page, '.list h2'), '3 findings in this post');
      await page.keyboard.press('Escape');
      await waitFor(page, () => window.q('.list') === null);
      assert.deepEqual(await page.evaluate(() => window.__calls.splice(0)), [['ignoreOnce', 'confidential.marking'], ['close', 'escape']]);

      await page.evaluate(() => {
        window.ui.openFindingsList({
          anchorRect: document.getElementById('composer').getBoundingClientRect(),
          findings: window.sampleFindings,
          onSelect: window.record('select'),
          onIgnoreRule: window.record('ignoreRule'),
        });
      });
      // Ignore this rule removes both "confidential.marking" items.
      await (await page.evaluateHandle(() => window.q('.item .acts .btn:last-child'))).click();
      assert.deepEqual(await page.evaluate(() => Array.from(window.q('.list').querySelectorAll('.pick .t')).map((n) => n.textContent)),
        ['Criticism of your employer', 'Identifiable workplace']);
      await page.keyboard.press('Enter');
      await waitFor(page, () => window.q('.list') === null);
      assert.deepEqual(await page.evaluate(() => window.__calls.splice(0)), [['ignoreRule', 'confidential.marking'], ['select', 'criticism.employer-negative']]);
    });

    test('card by keyboard: text and guide title, focus in, Tab cycles, Escape returns focus to the editor', async () => {
      await focusEditorAt(page, 5);
      await page.evaluate(() => {
        window.ui.showCard({
          finding: window.sampleFindings[0],
          rect: document.getElementById('span-marking').getBoundingClientRect(),
          trigger: 'keyboard',
          onIgnoreOnce: window.record('ignoreOnce'),
          onIgnoreRule: window.record('ignoreRule'),
          onLearnMore: window.record('learnMore'),
          onClose: (i) => window.__calls.push(['close', i.reason]),
        });
      });
      const card = await page.evaluate(() => {
        const c = window.q('.card');
        const byId = (id) => c.getRootNode().getElementById(id)?.textContent;
        return {
          role: c.getAttribute('role'),
          label: byId(c.getAttribute('aria-labelledby')),
          described: c.getAttribute('aria-describedby').split(' ').map(byId).join(' | '),
          title: c.querySelector('h2').textContent,
          cite: c.querySelector('cite').textContent,
          src: c.querySelector('.src').textContent,
          sev: c.querySelector('.sev-chip').textContent,
          buttons: Array.from(c.querySelectorAll('button')).map((b) => b.textContent || b.getAttribute('aria-label')),
          focusedIsCard: window.activeInRoots() === c,
          below: c.getBoundingClientRect().top >= document.getElementById('span-marking').getBoundingClientRect().bottom,
        };
      });
      assert.equal(card.role, 'dialog');
      assert.equal(card.label, 'Classification marking');
      assert.equal(card.title, 'Classification marking');
      assert.match(card.described, /High risk \| Classified or protected information must never be posted/);
      assert.equal(card.cite, 'Guide du bon usage des médias sociaux');
      assert.equal(card.src, 'Source: Guide du bon usage des médias sociaux — Ministère de l’Intérieur (France), section “Secret professionnel”');
      assert.equal(card.sev, 'High risk');
      assert.deepEqual(card.buttons, ['Close the explanation', 'Ignore once', 'Ignore this rule', 'Learn more']);
      assert.ok(card.focusedIsCard, 'focus moved into the card');
      assert.ok(card.below, 'card below the span');

      const seen = [];
      for (let i = 0; i < 5; i += 1) {
        await page.keyboard.press('Tab');
        seen.push(await page.evaluate(() => window.activeInRoots()?.textContent || window.activeInRoots()?.getAttribute('aria-label')));
      }
      assert.deepEqual(seen, ['Close the explanation', 'Ignore once', 'Ignore this rule', 'Learn more', 'Close the explanation']);
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      assert.equal(await page.evaluate(() => window.activeInRoots()?.textContent), 'Learn more');
      await page.keyboard.press('Enter');
      assert.deepEqual(await page.evaluate(() => window.__calls.splice(0)), [['learnMore', 'confidential.marking']]);
      assert.ok(await page.evaluate(() => window.q('.card') !== null), 'Learn more keeps the card open');

      await page.keyboard.press('Escape');
      const back = await page.evaluate(() => {
        const sel = document.getSelection();
        return {
          card: window.q('.card'),
          active: document.activeElement?.id,
          caret: sel.rangeCount ? [sel.anchorNode === document.getElementById('editor').firstChild, sel.anchorOffset] : null,
        };
      });
      assert.equal(back.card, null);
      assert.equal(back.active, 'editor');
      assert.deepEqual(back.caret, [true, 5], 'caret restored where it was');
      assert.deepEqual(await page.evaluate(() => window.__calls.splice(0)), [['close', 'escape']]);
    });

    test('card by keyboard from an editor inside an open shadow root: Escape gives focus back there', async () => {
      await page.evaluate(() => {
        const ed = document.getElementById('shadow-host').shadowRoot.getElementById('shadow-editor');
        ed.focus();
        const r = document.createRange();
        r.setStart(ed.firstChild, 8);
        r.collapse(true);
        document.getSelection().removeAllRanges();
        document.getSelection().addRange(r);
        window.ui.showCard({ finding: window.sampleFindings[2], rect: ed.getBoundingClientRect(), trigger: 'keyboard' });
      });
      assert.ok(await page.evaluate(() => window.activeInRoots() === window.q('.card')));
      await page.keyboard.press('Escape');
      assert.deepEqual(await page.evaluate(() => [document.activeElement.id, document.getElementById('shadow-host').shadowRoot.activeElement?.id]),
        ['shadow-host', 'shadow-editor']);
    });

    test('card buttons call back and close', async () => {
      for (const [label, expected] of [['Ignore once', 'ignoreOnce'], ['Ignore this rule', 'ignoreRule']]) {
        await focusEditorAt(page, 3);
        await page.evaluate(() => {
          window.ui.showCard({
            finding: window.sampleFindings[1],
            rect: document.getElementById('span-crit').getBoundingClientRect(),
            trigger: 'keyboard',
            onIgnoreOnce: window.record('ignoreOnce'),
            onIgnoreRule: window.record('ignoreRule'),
            onLearnMore: window.record('learnMore'),
            onClose: (i) => window.__calls.push(['close', i.reason]),
          });
        });
        const button = await page.evaluateHandle((l) => Array.from(window.q('.card').querySelectorAll('button')).find((b) => b.textContent === l), label);
        await button.click();
        assert.equal(await page.evaluate(() => window.q('.card')), null);
        assert.deepEqual(await page.evaluate(() => window.__calls.splice(0)), [[expected, 'criticism.employer-negative'], ['close', 'action']]);
        assert.equal(await page.evaluate(() => document.activeElement.id), 'editor');
      }
    });

    test('card on hover: delayed, no focus taken, stays over the card, closes on leave, flips above', async () => {
      await page.mouse.move(5, 5);
      await page.evaluate(() => {
        document.activeElement?.blur();
        window.ui.showCard({
          finding: window.sampleFindings[2],
          rect: document.getElementById('span-loc').getBoundingClientRect(),
          trigger: 'hover',
          onClose: (i) => window.__calls.push(['close', i.reason]),
        });
        window.__pendingRightAfter = window.q('.card') === null;
      });
      assert.equal(await page.evaluate(() => window.__pendingRightAfter), true, 'not shown synchronously');
      await waitFor(page, () => window.q('.card') !== null);
      assert.equal(await page.evaluate(() => window.activeInRoots()), null, 'hover card does not take focus');
      const box = await page.evaluate(() => {
        const r = window.q('.card h2').getBoundingClientRect();
        return { x: r.left + 10, y: r.top + r.height / 2 };
      });
      await page.mouse.move(box.x, box.y);
      await page.evaluate(() => window.ui.hideCard());
      // A negative check (the card must STAY) cannot be a wait-for-condition: wait out the grace period.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 450)));
      assert.ok(await page.evaluate(() => window.q('.card') !== null), 'stays while the pointer is over the card');
      await page.mouse.move(5, 5);
      await waitFor(page, () => window.q('.card') === null);
      assert.deepEqual(await page.evaluate(() => window.__calls.splice(0)), [['close', 'pointer-left']]);

      // Near the bottom of the viewport the card flips above the span.
      await page.evaluate(() => {
        const h = window.innerHeight;
        window.ui.showCard({
          finding: window.sampleFindings[0],
          rect: new DOMRect(100, h - 40, 80, 20),
          trigger: 'keyboard',
        });
      });
      const pos = await page.evaluate(() => {
        const r = window.q('.card').getBoundingClientRect();
        return { bottom: r.bottom, limit: window.innerHeight - 40, inside: r.top >= 0 && r.left >= 0 && r.right <= window.innerWidth };
      });
      assert.ok(pos.bottom <= pos.limit && pos.inside, `flipped above and inside the viewport (${JSON.stringify(pos)})`);
      await page.evaluate(() => window.ui.hideCard({ immediate: true }));
    });

    test('confirmPost: default Edit, Escape = edit, keyboard and click resolve', async () => {
      const open = (findings) => page.evaluate((f) => {
        const post = document.getElementById('post');
        window.__choice = null;
        window.ui.confirmPost({ anchorRect: post.getBoundingClientRect(), findings: f || [window.sampleFindings[0], window.sampleFindings[1]] })
          .then((c) => { window.__choice = c; });
      }, findings);
      const choice = () => page.waitForFunction(() => window.__choice, { timeout: 5000 }).then((h) => h.jsonValue());

      await open();
      const c = await page.evaluate(() => ({
        role: window.q('.confirm').getAttribute('role'),
        modal: window.q('.confirm').getAttribute('aria-modal'),
        text: window.q('.confirm p').textContent,
        focused: window.activeInRoots()?.textContent,
      }));
      assert.equal(c.role, 'alertdialog');
      assert.equal(c.modal, 'true');
      assert.equal(c.text, 'This post has 1 high-risk finding: Classification marking.');
      assert.equal(c.focused, 'Edit');
      await page.keyboard.press('Escape');
      assert.equal(await choice(), 'edit');

      await open();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => window.activeInRoots()?.textContent), 'Post anyway', 'Tab wraps inside the dialog');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => window.activeInRoots()?.textContent), 'Edit');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      assert.equal(await choice(), 'post');

      await open();
      await page.keyboard.press('Enter');
      assert.equal(await choice(), 'edit');

      await open();
      await (await page.evaluateHandle(() => Array.from(window.q('.confirm').querySelectorAll('button')).find((b) => b.textContent === 'Post anyway'))).click();
      assert.equal(await choice(), 'post');

      await open(null);
      await (await page.evaluateHandle(() => Array.from(window.q('.confirm').querySelectorAll('button')).find((b) => b.textContent === 'Edit'))).click();
      assert.equal(await choice(), 'edit');

      assert.equal(await page.evaluate((f) => window.ui.confirmText(f), [
        ...Array.from({ length: 5 }, (_, i) => ({ rule: `r${i}`, severity: 'high', title: `T${i}` })),
      ]), 'This post has 5 high-risk findings: T0, T1, T2, and 2 others.');
    });

    test('announcer: polite live region inside a closed root', async () => {
      await page.evaluate(() => window.ui.announce('Finding 2 of 5: Classification marking, High risk.'));
      await waitFor(page, () => window.q('[aria-live="polite"]')?.textContent === 'Finding 2 of 5: Classification marking, High risk.');
      assert.equal(await page.evaluate(() => window.ui.t('ui_announce_finding', [2, 5, 'X'])), 'Finding 2 of 5: X');
      assert.equal(await page.evaluate(() => window.ui.t('ui_announce_finding_severity', [2, 5, 'X', 'High risk'])), 'Finding 2 of 5, High risk: X');
    });

    test('badge in a single-line composer sits outside it, never over the text; setHidden', async () => {
      await page.setViewport({ width: 860, height: 720 });
      const placements = await page.evaluate(() => {
        const line = document.createElement('div');
        line.id = 'single-line';
        line.contentEditable = 'true';
        line.textContent = 'A one-line reply box whose text runs right up to its right-hand edge, and then some more.';
        for (const [k, v] of Object.entries({ position: 'absolute', top: '300px', left: '40px', width: '520px', height: '36px', overflow: 'hidden', 'white-space': 'nowrap', 'line-height': '36px', font: '15px sans-serif', border: '1px solid #999' })) line.style.setProperty(k, v);
        document.body.append(line);
        const b = window.ui.createBadge({ anchor: line });
        b.update({ counts: { high: 1, warning: 0, info: 0 }, language: 'en' });
        const overlaps = (a, c) => a.left < c.right && c.left < a.right && a.top < c.bottom && c.top < a.bottom;
        const out = [];
        const measure = () => {
          const pill = window.q('.pill').getBoundingClientRect();
          const ed = line.getBoundingClientRect();
          out.push({ overlaps: overlaps(pill, ed), right: pill.left >= ed.right, above: pill.bottom <= ed.top, inView: pill.right <= document.documentElement.clientWidth && pill.bottom <= innerHeight });
        };
        measure();
        // No room on the right: the badge goes above the composer's right end (below it sit
        // the platform's own buttons, which it must never cover).
        line.style.setProperty('width', `${document.documentElement.clientWidth - 60}px`);
        b.reposition();
        measure();
        b.setHidden(true);
        out.push({ hiddenAfterSetHidden: window.q('.badge').hidden });
        b.reposition();
        out.push({ staysHiddenOnReposition: window.q('.badge').hidden });
        b.update({ counts: { high: 2, warning: 0, info: 0 }, language: 'en' });
        out.push({ staysHiddenOnUpdate: window.q('.badge').hidden });
        b.setHidden(false);
        out.push({ shownAgain: !window.q('.badge').hidden });
        b.destroy();
        line.remove();
        return out;
      });
      assert.deepEqual(placements, [
        { overlaps: false, right: true, above: false, inView: true },
        { overlaps: false, right: false, above: true, inView: true },
        { hiddenAfterSetHidden: true }, { staysHiddenOnReposition: true }, { staysHiddenOnUpdate: true }, { shownAgain: true },
      ]);
      assert.deepEqual(await page.evaluate((r) => window.ui.badgePosition(r, { width: 100, height: 28 }, 800, 600),
        { top: 100, left: 50, right: 450, bottom: 300, height: 200 }), { top: 266, left: 344, placement: 'inside' });
    });

    test('findings list stays inside a short viewport and scrolls instead of spilling over', async () => {
      await page.setViewport({ width: 860, height: 420 });
      const r = await page.evaluate(() => {
        const many = Array.from({ length: 14 }, (_, i) => ({ ...window.sampleFindings[i % 3], start: i * 10, end: i * 10 + 5 }));
        window.ui.openFindingsList({ anchorRect: new DOMRect(600, 300, 120, 28), findings: many });
        const panel = window.q('.list');
        return new Promise((resolve) => requestAnimationFrame(() => Promise.all(panel.getAnimations().map((a) => a.finished)).then(() => {
          const box = panel.getBoundingClientRect();
          const body = panel.querySelector('.list-body');
          resolve({
            top: box.top, bottom: box.bottom, vh: innerHeight,
            spills: panel.scrollHeight - panel.clientHeight,
            bodyScrolls: body.scrollHeight > body.clientHeight,
            lastChildBottom: panel.lastElementChild.getBoundingClientRect().bottom - box.bottom,
          });
        })));
      });
      await page.keyboard.press('Escape');
      await page.setViewport({ width: 860, height: 720 });
      assert.ok(r.top >= 8 && r.bottom <= r.vh - 8, `inside the viewport with its margin: ${JSON.stringify(r)}`);
      assert.ok(r.spills <= 0 && r.lastChildBottom <= 0.5, `nothing spills past the panel: ${JSON.stringify(r)}`);
      assert.ok(r.bodyScrolls, 'the list body scrolls');
    });

    test('card actions fit on one line in English and French', async () => {
      for (const lang of ['en', 'fr']) {
        const p = lang === 'en' ? page : await openPage(browser, 'fr');
        const rows = await p.evaluate(() => {
          window.ui.showCard({ finding: window.sampleFindings[0], rect: document.getElementById('span-marking').getBoundingClientRect(), trigger: 'keyboard' });
          const tops = Array.from(window.q('.card .acts').querySelectorAll('button')).map((b) => Math.round(b.getBoundingClientRect().top));
          window.ui.hideCard({ immediate: true });
          return tops;
        });
        assert.equal(rows.length, 3);
        assert.equal(new Set(rows).size, 1, `${lang}: the three actions share one row (${rows})`);
        if (p !== page) await p.close();
      }
    });

    test('axe-core finds no violations in the badge, list, card and confirm', async () => {
      const schemes = kind === 'chromium' ? ['light', 'dark'] : ['light'];
      for (const scheme of schemes) {
        const p = scheme === 'light' ? page : await openPage(browser, 'en', scheme);
        const found = {};
        await p.evaluate(() => {
          window.axeBadge = window.ui.createBadge({ anchor: document.getElementById('editor') });
          window.axeBadge.update({
            counts: { high: 2, warning: 1, info: 1 }, language: 'fr',
            official: { mode: 'bilingual', status: 'missing-en', handle: '@ServiceCanada' }, canMarkOfficial: true, locationTagged: true,
          });
        });
        found.badge = await axeOnComponent(p, '.badge');
        await p.evaluate(() => { window.axeBadge.update({ counts: { high: 0, warning: 0, info: 0 }, language: 'en' }); });
        found.badgeClean = await axeOnComponent(p, '.badge');
        await p.evaluate(() => window.axeBadge.destroy());
        await p.evaluate(() => {
          window.axeList = window.ui.openFindingsList({ anchorRect: document.getElementById('post').getBoundingClientRect(), findings: [...window.sampleFindings, window.ui.locationTagFinding()] });
        });
        found.list = await axeOnComponent(p, '.list');
        await p.evaluate(() => window.axeList());
        for (const f of [0, 1, 2]) {
          await p.evaluate((i) => {
            window.ui.showCard({ finding: window.sampleFindings[i], rect: document.getElementById('span-marking').getBoundingClientRect(), trigger: 'keyboard' });
          }, f);
          found[`card${f}`] = await axeOnComponent(p, '.card');
          await p.evaluate(() => window.ui.hideCard({ immediate: true }));
        }
        await p.evaluate(() => {
          window.__axeChoice = window.ui.confirmPost({ anchorRect: document.getElementById('post').getBoundingClientRect(), findings: window.sampleFindings });
        });
        found.confirm = await axeOnComponent(p, '.confirm');
        await p.keyboard.press('Escape');
        assert.equal(await p.evaluate(() => window.__axeChoice), 'edit');
        for (const [name, v] of Object.entries(found)) assert.deepEqual(v, [], `${scheme} ${name}`);
        if (p !== page) await p.close();
      }
    });

    test('screenshots (light)', async () => {
      await takeScreenshots(page, `${kind === 'chromium' ? '' : 'firefox-'}`, 'light');
    });

    test('nothing written into the editor; hosts are neutral, closed, outside the editor; no CSP violation', async () => {
      const r = await page.evaluate(() => ({
        mutations: window.__editorMutations.length,
        modes: [...new Set(window.__rootModes)],
        hosts: window.__roots.filter((x) => x.host.isConnected).map((x) => ({
          tag: x.host.tagName,
          attrs: x.host.getAttributeNames(),
          parent: x.host.parentNode === document.documentElement,
        })),
        insideEditor: window.__roots.some((x) => document.getElementById('editor').contains(x.host)),
        csp: window.__cspViolations,
      }));
      assert.equal(r.mutations, 0, 'no mutation inside the editor');
      assert.deepEqual(r.modes, ['closed']);
      assert.ok(r.hosts.length > 0);
      for (const h of r.hosts) assert.deepEqual(h, { tag: 'DIV', attrs: ['style'], parent: true });
      assert.equal(r.insideEditor, false);
      assert.deepEqual(r.csp, []);
    });

    test('French UI strings', async () => {
      const fr = await openPage(browser, 'fr');
      await fr.evaluate(() => {
        window.badge = window.ui.createBadge({ anchor: document.getElementById('editor') });
        window.badge.update({ counts: { high: 2, warning: 1, info: 0 }, language: 'fr' });
        window.ui.showCard({ finding: window.sampleFindings[0], rect: document.getElementById('span-marking').getBoundingClientRect(), trigger: 'keyboard' });
      });
      const nbsp = (x) => x.replace(/\u00a0/g, ' ');
      const s = await fr.evaluate(() => ({
        badge: window.q('.pill .sr-only').textContent,
        buttons: Array.from(window.q('.card').querySelectorAll('.acts button')).map((b) => b.textContent),
        sev: window.q('.sev-chip').textContent,
        src: window.q('.src').textContent,
      }));
      assert.equal(nbsp(s.badge), '2 signalements à risque élevé et 1 avertissement dans cette publication; langue : français');
      assert.deepEqual(s.buttons, ['Ignorer une fois', 'Ignorer la règle', 'En savoir plus']);
      assert.equal(s.sev, 'Risque élevé');
      assert.equal(nbsp(s.src), 'Source : Guide du bon usage des médias sociaux — Ministère de l’Intérieur (France), section « Secret professionnel »');
      await fr.keyboard.press('Escape');
      await fr.evaluate(() => {
        window.__choice = null;
        window.ui.confirmPost({ findings: [window.sampleFindings[0]] }).then((c) => { window.__choice = c; });
      });
      assert.equal(nbsp(await textOf(fr, '.confirm p')), 'Cette publication contient 1 signalement à risque élevé : Mention de classification.');
      assert.deepEqual(await fr.evaluate(() => Array.from(window.q('.confirm').querySelectorAll('button')).map((b) => b.textContent)), ['Publier quand même', 'Modifier']);
      await fr.keyboard.press('Escape');
      await fr.waitForFunction(() => window.__choice === 'edit');
      if (kind === 'chromium') await takeScreenshots(fr, 'fr-', 'light');
      await fr.close();
    });

    test('screenshots (dark)', async () => {
      if (kind === 'chromium') {
        const dark = await openPage(browser, 'en', 'dark');
        await takeScreenshots(dark, '', 'dark');
        await dark.close();
        return;
      }
      const darkBrowser = await LAUNCH.firefox(FIREFOX_DARK);
      try {
        const dark = await openPage(darkBrowser, 'en');
        assert.equal(await dark.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
        await takeScreenshots(dark, 'firefox-', 'dark');
      } finally {
        await darkBrowser.close();
      }
    });
  });
}

/** Badge, list, card and confirm screenshots of one page, in `scheme` (the page's emulated theme). */
async function takeScreenshots(page, prefix, scheme) {
  await page.mouse.move(5, 5);
  await page.evaluate(() => {
    window.shotBadge?.destroy();
    window.shotBadge = window.ui.createBadge({ anchor: document.getElementById('editor') });
    window.shotBadge.update({
      counts: { high: 2, warning: 1, info: 1 }, language: 'fr',
      official: { mode: 'bilingual', status: 'missing-en', handle: '@ServiceCanada' }, canMarkOfficial: true, locationTagged: true,
    });
  });
  await shot(page, `${prefix}badge-${scheme}`, ['#composer']);

  await page.evaluate(() => {
    window.shotClose = window.ui.openFindingsList({
      anchorRect: window.q('.pill').getBoundingClientRect(),
      findings: [...window.sampleFindings, window.ui.locationTagFinding()],
    });
  });
  await shot(page, `${prefix}list-${scheme}`, ['#composer', '.list']);
  await page.evaluate(() => window.shotClose());

  await page.evaluate(() => {
    window.ui.showCard({ finding: window.sampleFindings[0], rect: document.getElementById('span-marking').getBoundingClientRect(), trigger: 'hover' });
  });
  await page.waitForFunction(() => window.q('.card') !== null);
  await shot(page, `${prefix}card-${scheme}`, ['#composer', '.card']);
  await page.evaluate(() => window.ui.hideCard({ immediate: true }));

  await page.evaluate(() => {
    window.__shotChoice = window.ui.confirmPost({ anchorRect: document.getElementById('post').getBoundingClientRect(), findings: window.sampleFindings });
  });
  await shot(page, `${prefix}confirm-${scheme}`, ['#composer', '.confirm']);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => window.__shotChoice), 'edit');
  await page.evaluate(() => window.shotBadge.destroy());
}
