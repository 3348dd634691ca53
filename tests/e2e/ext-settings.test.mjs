// End-to-end tests of what the user controls, with the release build in dist/ in headless
// Chromium and Firefox ESR: the badge's "this is an official account" switch, "Ignore once"
// (per draft, kept across a reload, ended with the draft), "Ignore this rule" (settings →
// engine disabledRules, kept across a reload), the options page changing what the composer
// flags, pausing a site, "Learn more", and badges stepping aside under a modal.
//
//   node --test --test-concurrency=1 tests/e2e/ext-settings.test.mjs
//
// Our UI lives in closed shadow roots. Chromium reaches it through the accessibility tree
// (puppeteer's aria/ queries pierce closed roots); Firefox cannot, so there the tests use the
// keyboard like a user would (Tab to the badge, Alt+Shift+N to open a finding's card) and
// assert the effect: stored settings, the engine's highlights, the background's summary.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { URLS } from './server.mjs';
import {
  SHOTS, KINDS, RISKY, CLEAN, ENGLISH_ONLY, noHighlights, SITES, setupSuite, analyzeInNode,
  expectedHighlights, waitHighlights, chord, uiHostCount, launch, openPage, frames, extensionTools,
} from './ext-helpers.mjs';

const EMPLOYER = 'Acme Widgets Canada';
const EMPLOYER_POST = `Proud to work at ${EMPLOYER} on the new benefits file.`;

let server;
before(async () => {
  server = await setupSuite();
});
after(async () => {
  if (server) await server.close();
});

/** Findings that get an underline, in the order the keyboard shortcut walks them. */
function underlined(text, settings) {
  return analyzeInNode(text, settings).findings.filter((f) => f.category !== 'official-language' && f.end > f.start);
}

/** Merges expected highlight sets (several composers on one page share the registry). */
function union(...sets) {
  const out = { high: [], warning: [], info: [] };
  for (const s of sets) for (const k of Object.keys(out)) out[k].push(...s[k]);
  for (const k of Object.keys(out)) out[k].sort();
  return out;
}

/** Whether the focused element is one of our UI hosts (a bare <div> child of <html>). */
function focusInOurUi(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    return !!a && a.parentElement === document.documentElement && a.tagName === 'DIV';
  });
}

/** Opens the keyboard card of the first finding of the focused composer (Alt+Shift+N). */
async function openKeyboardCard(page) {
  await chord(page, ['Alt', 'Shift'], 'KeyN');
  await page.waitForFunction(() => {
    const a = document.activeElement;
    return a && a.parentElement === document.documentElement && a.tagName === 'DIV';
  }, { timeout: 5000 });
}

/** In an open keyboard card: Tab n times (close, Ignore once, Ignore this rule, Learn more), Enter. */
async function cardAction(page, tabs) {
  for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

for (const kind of KINDS) {
  describe(`${kind}`, () => {
    let b;
    let extPage = null;
    const tools = extensionTools(() => b, () => extPage);
    const { waitState, setSettings, waitSettings, accessibleNames } = tools;

    before(async () => {
      b = await launch(kind);
      extPage = await b.openExtensionPage('popup/popup.html');
    });
    after(async () => {
      if (extPage && !extPage.isClosed()) await extPage.close();
      if (b) await b.close();
    });

    test('the badge switch "this is an official account" marks the posting account official, and back', async () => {
      const page = await openPage(b, URLS.x);
      try {
        const editor = await SITES.x.open(page);
        await editor.click();
        await page.keyboard.type(ENGLISH_ONLY);
        const official = analyzeInNode(ENGLISH_ONLY, { official: 'bilingual' }).findings.filter((f) => f.category === 'official-language');
        assert.ok(official.length >= 1, 'the engine flags an English-only post on a bilingual account');
        await waitState(page, (s) => s && s.count === 0, 'personal account: nothing flagged');

        const toggle = async () => {
          if (kind === 'chromium') {
            // A real mouse click on the switch of the main composer's badge (first in the AX tree).
            const sw = await page.waitForSelector('aria/This is an official account[role="switch"]', { timeout: 5000 })
              .catch(() => page.waitForSelector('aria/This is an official account (@MarieTremblay)[role="switch"]', { timeout: 5000 }));
            await sw.click();
          } else {
            // Keyboard: Tab until the focus enters our UI (the first badge: its switch comes first), Enter.
            await editor.focus();
            let n = 0;
            while (!(await focusInOurUi(page))) {
              assert.ok(++n < 60, 'Tab never reached the badge');
              await page.keyboard.press('Tab');
            }
            await page.keyboard.press('Enter');
          }
        };

        await toggle();
        const on = await waitSettings((s) => (s.officialAccounts || []).some((a) => a.platform === 'x' && a.handle === '@MarieTremblay'), 'switch on');
        assert.equal(on.officialAccounts.find((a) => a.handle === '@MarieTremblay').mode, 'bilingual');
        await waitState(page, (s) => s && s.categories.includes('official-language'), 'the engine now checks official languages');
        if (kind === 'chromium') {
          assert.ok((await accessibleNames(page)).some((n) => /official/i.test(n) && /in this post/i.test(n)), 'the badge names the official status');
        }
        await page.screenshot({ path: path.join(SHOTS, `ext-${kind}-x-official-switch.png`) });

        await toggle();
        await waitSettings((s) => !(s.officialAccounts || []).some((a) => a.handle === '@MarieTremblay'), 'switch off');
        await waitState(page, (s) => s && s.count === 0, 'personal again: nothing flagged');
      } finally {
        await setSettings({ officialAccounts: [] });
        await page.close();
      }
    });

    test('"Ignore once" hides one finding in that draft only, survives a reload, and ends with the draft', async () => {
      const first = underlined(RISKY)[0];
      const notThat = (f) => !(f.rule === first.rule && f.start === first.start && f.end === first.end);
      const full = expectedHighlights(RISKY);
      const dismissed = expectedHighlights(RISKY, {}, notThat);
      assert.notDeepEqual(full, dismissed);

      let page = await openPage(b, URLS.x);
      try {
        const reply = await page.waitForSelector('[data-testid="tweetTextarea_1"]');
        await reply.click();
        await page.keyboard.type(RISKY);
        await waitHighlights(page, full, 'reply typed');
        await reply.focus();
        await openKeyboardCard(page);
        await cardAction(page, 2); // Ignore once
        await waitHighlights(page, dismissed, 'after Ignore once');
        assert.equal(await page.evaluate(() => window.__fixture.getText('reply')), RISKY, 'the text is untouched');
        // Another draft (the main composer) still shows that finding.
        const main = await SITES.x.open(page);
        await main.click();
        await page.keyboard.type(RISKY);
        await waitHighlights(page, union(full, dismissed), 'main composer unaffected');
        await page.close();

        // Reload: the reply draft keeps its dismissal, the main composer does not have one.
        page = await openPage(b, URLS.x);
        const reply2 = await page.waitForSelector('[data-testid="tweetTextarea_1"]');
        await reply2.click();
        await page.keyboard.type(RISKY);
        const main2 = await SITES.x.open(page);
        await main2.click();
        await page.keyboard.type(RISKY);
        await waitHighlights(page, union(full, dismissed), 'after reload');

        // Emptying the reply ends its draft: typed again, the finding is back.
        await reply2.focus();
        await chord(page, ['Control'], 'KeyA');
        await page.keyboard.press('Backspace');
        await page.waitForFunction(() => window.__fixture.getText('reply') === '', { timeout: 5000 });
        await waitHighlights(page, full, 'reply emptied');
        await page.keyboard.type(RISKY);
        await waitHighlights(page, union(full, full), 'new draft in the reply box');
      } finally {
        await page.close();
      }
    });

    test('"Ignore this rule" stores the rule in settings, the engine stops reporting it, also after a reload', async () => {
      const first = underlined(RISKY)[0];
      const withoutRule = expectedHighlights(RISKY, { disabledRules: [first.rule] });
      assert.notDeepEqual(withoutRule, expectedHighlights(RISKY));
      let page = await openPage(b, URLS.facebook);
      try {
        let editor = await SITES.facebook.open(page);
        await editor.click();
        await page.keyboard.type(RISKY);
        await waitHighlights(page, expectedHighlights(RISKY), 'typed');
        await openKeyboardCard(page);
        await cardAction(page, 3); // Ignore this rule
        const stored = await waitSettings((s) => (s.ignoredRules || []).includes(first.rule), 'ignoredRules');
        assert.deepEqual(stored.ignoredRules, [first.rule]);
        await waitHighlights(page, withoutRule, 'after Ignore this rule');
        await page.close();

        page = await openPage(b, URLS.facebook);
        editor = await SITES.facebook.open(page);
        await editor.click();
        await page.keyboard.type(RISKY);
        await waitHighlights(page, withoutRule, 'after reload');
        // Taking the rule back out of the settings (options page) brings the finding back.
        await setSettings({ ignoredRules: [] });
        await waitHighlights(page, expectedHighlights(RISKY), 'rule restored');
      } finally {
        await setSettings({ ignoredRules: [] });
        await page.close();
      }
    });

    test('the options page changes what the composer flags: an employer name, then its category off', async () => {
      const page = await openPage(b, URLS.x);
      const options = await b.openExtensionPage('options/options.html');
      try {
        const before = expectedHighlights(EMPLOYER_POST);
        const withEmployer = expectedHighlights(EMPLOYER_POST, { employers: [EMPLOYER] });
        const categoryOff = expectedHighlights(EMPLOYER_POST, { employers: [EMPLOYER], disabledCategories: ['employer'] });
        assert.ok(withEmployer.warning.includes(EMPLOYER) || withEmployer.high.includes(EMPLOYER), `the engine flags the employer name: ${JSON.stringify(withEmployer)}`);
        assert.notDeepEqual(withEmployer, categoryOff);

        await page.bringToFront();
        const editor = await SITES.x.open(page);
        await editor.click();
        await page.keyboard.type(EMPLOYER_POST);
        await waitHighlights(page, before, 'no employer configured');

        await options.bringToFront();
        await options.waitForSelector('#employers-input');
        await options.type('#employers-input', EMPLOYER);
        await options.keyboard.press('Enter');
        await options.waitForSelector('#employers-rm-0');
        await page.bringToFront();
        await waitHighlights(page, withEmployer, 'employer added on the options page');
        await page.screenshot({ path: path.join(SHOTS, `ext-${kind}-x-employer.png`) });

        await options.bringToFront();
        await (await options.waitForSelector('#cat-employer')).click();
        await waitSettings((s) => (s.disabledCategories || []).includes('employer'), 'category off');
        await page.bringToFront();
        await waitHighlights(page, categoryOff, 'employer category turned off');
      } finally {
        await options.close();
        await setSettings({ employers: [], disabledCategories: [] });
        await page.close();
      }
    });

    test('a paused site gets no checking and no badge; resuming brings both back', async () => {
      const page = await openPage(b, URLS.x);
      try {
        const editor = await SITES.x.open(page);
        await editor.click();
        await page.keyboard.type(RISKY);
        await waitHighlights(page, expectedHighlights(RISKY), 'active');
        const hosts = await uiHostCount(page);
        assert.ok(hosts >= 1, 'badges are shown');
        await setSettings({ pausedSites: ['x'] });
        await waitHighlights(page, noHighlights, 'paused');
        await page.waitForFunction(() => [...document.documentElement.children].filter((e) => e.tagName === 'DIV' && !e.shadowRoot).length === 0, { timeout: 5000 });
        await waitState(page, (s) => s && s.count === 0, 'paused: the popup hears 0 findings');
        await setSettings({ pausedSites: [] });
        await waitHighlights(page, expectedHighlights(RISKY), 'resumed');
        assert.equal(await uiHostCount(page), hosts);
      } finally {
        await setSettings({ pausedSites: [] });
        await page.close();
      }
    });

    test('"Learn more" opens the extension page learn/learn.html for that rule', async () => {
      const page = await openPage(b, URLS.x);
      let learn = null;
      try {
        const first = underlined(RISKY)[0];
        const editor = await SITES.x.open(page);
        await editor.click();
        await page.keyboard.type(RISKY);
        await waitHighlights(page, expectedHighlights(RISKY), 'typed');
        await openKeyboardCard(page);
        const want = `${b.extensionBaseUrl}learn/learn.html?rule=${encodeURIComponent(first.rule)}`;
        const known = new Set(await b.browser.targets());
        await cardAction(page, 4); // Learn more
        // A new tab (Firefox over BiDi names extension pages about:blank: ask the page itself).
        const target = await b.browser.waitForTarget((t) => !known.has(t) && t.type() === 'page', { timeout: 8000 });
        learn = await target.page();
        await learn.waitForFunction((w) => location.href === w, { timeout: 8000, polling: 100 }, want)
          .catch(async (err) => { throw new Error(`${err.message}: the new tab is at ${await learn.evaluate(() => location.href)}`); });
        assert.ok(learn, 'a tab opened on the learn page');
      } finally {
        if (learn) await learn.close();
        await page.close();
      }
    });

    test('a composer covered by a modal hides its badge until the modal is gone', async () => {
      const page = await openPage(b, URLS.linkedin);
      // Viewport points (8 px grid) where the topmost element is one of our UI hosts.
      const ourPoints = (only) => page.evaluate((pts) => {
        const ours = (x, y) => {
          const e = document.elementFromPoint(x, y);
          return !!e && e.parentElement === document.documentElement && e.tagName === 'DIV';
        };
        if (pts) return pts.filter(([x, y]) => ours(x, y));
        const out = [];
        for (let y = 4; y < innerHeight; y += 8) for (let x = 4; x < innerWidth; x += 8) if (ours(x, y)) out.push([x, y]);
        return out;
      }, only || null);
      try {
        // Feed comment box only: its badge is painted somewhere; remember where.
        await page.waitForSelector('.ProseMirror[contenteditable="true"]');
        await page.waitForFunction(() => [...document.documentElement.children].some((e) => e.tagName === 'DIV' && !e.shadowRoot), { timeout: 5000 });
        let commentBadge = [];
        const t0 = Date.now();
        while (!(commentBadge = await ourPoints()).length) {
          assert.ok(Date.now() - t0 < 5000, 'the comment box badge is painted');
          await frames(page, 2);
        }
        // The share box opens above it (modal + backdrop): the comment box badge steps aside.
        const editor = await SITES.linkedin.open(page);
        await editor.click();
        await page.keyboard.type(RISKY);
        await waitHighlights(page, expectedHighlights(RISKY), 'share box');
        await page.waitForFunction((pts) => pts.every(([x, y]) => {
          const e = document.elementFromPoint(x, y);
          return !(e && e.parentElement === document.documentElement && e.tagName === 'DIV');
        }), { timeout: 5000, polling: 'raf' }, commentBadge)
          .catch(async (err) => { throw new Error(`${err.message}: the covered comment box badge still shows at ${JSON.stringify((await ourPoints(commentBadge)).slice(0, 5))}`); });
        if (kind === 'chromium') {
          const names = await accessibleNames(page);
          assert.ok(names.some((n) => /high-risk/.test(n) && /in this post/.test(n)), 'the share box badge is there');
          assert.ok(!names.some((n) => /^No findings in this post/.test(n)), `the covered comment box badge is gone: ${JSON.stringify(names.filter((n) => /in this post/.test(n)))}`);
        }
        await page.screenshot({ path: path.join(SHOTS, `ext-${kind}-linkedin-modal.png`) });
        // Dismiss the share box: the comment box badge comes back where it was.
        await page.evaluate(() => {
          document.querySelector('#interop-outlet').shadowRoot.querySelector('[data-test-modal-id="sharebox"] button[aria-label="Dismiss"]').click();
        });
        await page.waitForFunction(() => !document.querySelector('#interop-outlet').shadowRoot.querySelector('[data-test-modal-id="sharebox"]'), { timeout: 5000 });
        const t1 = Date.now();
        while ((await ourPoints(commentBadge)).length !== commentBadge.length) {
          assert.ok(Date.now() - t1 < 5000, 'the comment box badge is back');
          await frames(page, 2);
        }
        // A clean post in the comment box: nothing flagged (the page works as before).
        const comment = await page.$('.ProseMirror[contenteditable="true"]');
        await comment.click();
        await page.keyboard.type(CLEAN);
        await waitHighlights(page, noHighlights, 'comment');
      } finally {
        await page.close();
      }
    });
  });
}
