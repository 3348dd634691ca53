// Shared helpers of the extension end-to-end suites (tests/e2e/extension.test.mjs and
// tests/e2e/ext-*.test.mjs): the release build in dist/, the fixture server, browser launch,
// the engine run in Node to compute what must be highlighted, and waits on page state.
//
// Environment: RESERVE_DIST (default dist/; built by tools/build-extension.mjs when missing),
// RESERVE_E2E_BROWSERS (default "chromium,firefox"), RESERVE_E2E_IP (loopback address the
// fixture server listens on, default 127.0.0.7, so another test run's server on 127.0.0.1:443 does
// not collide).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer, URLS } from './server.mjs';
import { launchBrowser } from './browsers.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.resolve(process.env.RESERVE_DIST || path.join(ROOT, 'dist'));
export const SHOTS = path.join(ROOT, 'target/e2e');
export const KINDS = (process.env.RESERVE_E2E_BROWSERS || 'chromium,firefox').split(',').map((s) => s.trim()).filter(Boolean);
export const IP = process.env.RESERVE_E2E_IP || '127.0.0.7';

/** Risky text (typed with the keyboard). The SIN is a valid test number (Luhn). */
export const RISKY = 'Protected B: SIN 130 692 544 is in the file. Vote for change!';
/** A post with no finding. */
export const CLEAN = 'Lovely weather in the park today.';
/** English only: flagged on a bilingual official account, fine on a personal one. */
export const ENGLISH_ONLY = 'Our offices are closed on Monday for the holiday. Service resumes on Tuesday morning.';
/** Accents, a dead-key style character, an astral emoji. */
export const TYPED = 'Bonjour é ç à 👋 ok';
/** No highlight of any severity. */
export const noHighlights = { high: [], warning: [], info: [] };

let engineMod = null;

/**
 * Builds dist/ when missing, loads the engine of the build in Node and starts the fixture
 * server. Call from a file-level `before`.
 * @returns {Promise<Awaited<ReturnType<typeof startServer>>>} the server
 */
export async function setupSuite() {
  if (!fs.existsSync(path.join(DIST, 'chrome/manifest.json')) || !fs.existsSync(path.join(DIST, 'firefox/manifest.json'))) {
    const { buildExtension } = await import('../../tools/build-extension.mjs');
    await buildExtension({ out: DIST, quiet: true });
  }
  if (!engineMod) {
    engineMod = await import(pathToFileURL(path.join(DIST, 'chrome/engine/reserve.js')).href);
    engineMod.initSync({ module: fs.readFileSync(path.join(DIST, 'chrome/engine/reserve_bg.wasm')) });
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  return startServer({ host: IP });
}

/**
 * Findings for a text from the engine in Node (same files as the extension).
 * @param {string} text
 * @param {object} [settings] engine settings (docs/CONTRACTS.md)
 */
export function analyzeInNode(text, settings = {}) {
  const engine = new engineMod.Engine({ uiLang: 'en', ...settings });
  try {
    return engine.analyze(text);
  } finally {
    engine.free();
  }
}

/**
 * Expected highlighted strings by severity (official-language findings are badge-only).
 * @param {string} text
 * @param {object} [settings] engine settings
 * @param {(finding: object) => boolean} [keep] extra filter (e.g. a dismissed finding)
 */
export function expectedHighlights(text, settings, keep = () => true) {
  const out = { high: [], warning: [], info: [] };
  for (const f of analyzeInNode(text, settings).findings) {
    if (f.category === 'official-language' || f.end <= f.start || !keep(f)) continue;
    out[f.severity].push(text.slice(f.start, f.end));
  }
  for (const k of Object.keys(out)) out[k].sort();
  return out;
}

/** Strings covered by our highlights in the page (page main world, both browsers). */
export function readHighlights(page) {
  return page.evaluate(() => {
    const out = { high: [], warning: [], info: [] };
    for (const sev of Object.keys(out)) {
      const hl = CSS.highlights.get(`reserve-${sev}`);
      if (hl) for (const r of hl) out[sev].push(r.toString());
      out[sev].sort();
    }
    return out;
  });
}

/** Waits (frame by frame) until the page's highlights are exactly `expected`. */
export async function waitHighlights(page, expected, label, timeout = 8000) {
  try {
    await page.waitForFunction((exp) => {
      const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
      for (const sev of Object.keys(exp)) {
        const hl = CSS.highlights.get(`reserve-${sev}`);
        const got = hl ? [...hl].map((r) => r.toString()).sort() : [];
        if (!same(got, exp[sev])) return false;
      }
      return true;
    }, { timeout, polling: 'raf' }, expected);
  } catch (err) {
    throw new Error(`${label}: highlights ${JSON.stringify(await readHighlights(page))}, expected ${JSON.stringify(expected)} (${err.message})`);
  }
}

/** Presses `key` with modifiers held. */
export async function chord(page, mods, key) {
  for (const m of mods) await page.keyboard.down(m);
  await page.keyboard.press(key);
  for (const m of [...mods].reverse()) await page.keyboard.up(m);
}

/** Number of UI hosts (neutral <div>s with a closed shadow root) directly under <html>. */
export function uiHostCount(page) {
  return page.evaluate(() => [...document.documentElement.children].filter((e) => e.tagName === 'DIV' && !e.shadowRoot).length);
}

/** Waits for `n` animation frames in the page. */
export function frames(page, n = 2) {
  return page.evaluate((count) => new Promise((resolve) => {
    let left = count;
    const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);
}

/** The three fixture sites: URL, how to open the main composer, the fixture model name. */
export const SITES = {
  x: {
    url: URLS.x,
    async open(page) {
      return page.waitForSelector('[data-testid="tweetTextarea_0"]');
    },
    model: 'main',
  },
  facebook: {
    url: URLS.facebook,
    async open(page) {
      await page.evaluate(() => window.__fixture.openComposer());
      return page.waitForSelector('[role="dialog"] [data-lexical-editor="true"]');
    },
    model: 'post',
  },
  linkedin: {
    url: URLS.linkedin,
    async open(page) {
      await (await page.waitForSelector('.share-box-feed-entry__trigger')).click();
      return page.waitForSelector('#interop-outlet >>> .ql-editor');
    },
    model: 'share',
  },
};

/**
 * Launches a browser with the release build (or `extensionDir`), every hostname mapped to the
 * fixture server.
 * @param {'chromium'|'firefox'} kind
 * @param {{withExtension?: boolean, extensionDir?: string, prefs?: object, args?: string[]}} [opts]
 */
export function launch(kind, { withExtension = true, extensionDir, prefs = {}, args = [] } = {}) {
  const dir = withExtension ? (extensionDir || path.join(DIST, kind === 'chromium' ? 'chrome' : 'firefox')) : undefined;
  return kind === 'chromium'
    ? launchBrowser(kind, { extensionDir: dir, args: [`--host-resolver-rules=MAP * ${IP}:443`, ...args] })
    : launchBrowser(kind, { extensionDir: dir, prefs: { 'network.dns.forceResolve': IP, ...prefs } });
}

/**
 * Opens a fixture site in a new tab (which becomes the foreground tab).
 * @param {object} b launched browser
 * @param {string} url
 */
export async function openPage(b, url) {
  const page = await b.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__fixture, { timeout: 10000 });
  return page;
}

/**
 * Waits until the hover card is painted next to a span and has finished appearing (its
 * fade-in animation is over: two consecutive frames of the card's area are pixel-identical).
 * The card lives in a closed shadow root, so it is found by hit testing below/above the span.
 * @param {import('puppeteer-core').Page} page
 * @param {{x: number, top: number, bottom: number}} span the span's line box (viewport px)
 * @returns {Promise<'below'|'above'>}
 */
export async function waitCardShown(page, span) {
  const side = await page.waitForFunction((r) => {
    const isHost = (y) => {
      const hit = document.elementFromPoint(r.x, y);
      return hit && hit.parentElement === document.documentElement && hit.tagName === 'DIV';
    };
    if (isHost(r.bottom + 24)) return 'below';
    if (isHost(r.top - 24)) return 'above';
    return false;
  }, { timeout: 5000, polling: 'raf' }, span).then((h) => h.jsonValue());
  const vp = page.viewport() || { width: 1280, height: 900 };
  const y = side === 'below' ? Math.ceil(span.bottom + 2) : Math.max(0, Math.floor(span.top - 300));
  const clip = { x: 0, y, width: vp.width, height: Math.min(298, vp.height - y) };
  let previous = null;
  const t0 = Date.now();
  for (;;) {
    const shot = Buffer.from(await page.screenshot({ clip, encoding: 'binary' }));
    if (previous && previous.equals(shot)) return side;
    if (Date.now() - t0 > 5000) throw new Error('the card never stopped changing (animation not finished after 5 s)');
    previous = shot;
    await frames(page, 2);
  }
}

/**
 * Helpers that talk to the extension of one launched browser through one of its pages.
 * @param {object} b launched browser
 * @param {() => import('puppeteer-core').Page} extPage an open extension page (popup.html)
 */
export function extensionTools(b, extPage) {
  /** This site's findings summary as the background holds it for the popup. */
  async function tabState(site) {
    return extPage().evaluate(async (siteId) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const tabs = await api.tabs.query({});
      for (const t of tabs) {
        const s = await api.runtime.sendMessage({ type: 'reserve:tab-findings', tabId: t.id });
        if (s && s.site === siteId) return s;
      }
      return null;
    }, site);
  }

  /** Waits (frame by frame in the page, which stays in front) until the summary matches. */
  async function waitState(page, pred, what, site = 'x') {
    const t0 = Date.now();
    let s;
    for (;;) {
      await frames(page, 2);
      s = await tabState(site);
      if (pred(s)) return s;
      if (Date.now() - t0 > 8000) throw new Error(`${what}: background summary is ${JSON.stringify(s)}`);
    }
  }

  /** The user's stored settings (storage.sync `settings`). */
  async function getSettings() {
    return extPage().evaluate(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const { settings = {} } = await api.storage.sync.get('settings');
      return settings;
    });
  }

  /** Patches the stored settings from an extension page, like the options page would. */
  async function setSettings(patch) {
    await extPage().evaluate(async (p) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const { settings = {} } = await api.storage.sync.get('settings');
      await api.storage.sync.set({ settings: { schemaVersion: 1, ...settings, ...p } });
    }, patch);
  }

  /** Waits until the stored settings satisfy `pred`. */
  async function waitSettings(pred, what) {
    const t0 = Date.now();
    let s;
    for (;;) {
      s = await getSettings();
      if (pred(s)) return s;
      if (Date.now() - t0 > 8000) throw new Error(`${what}: stored settings are ${JSON.stringify(s)}`);
      // The next storage change (the extension page is a background tab: it gets no frames).
      await extPage().evaluate(() => new Promise((resolve) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const done = () => {
          api.storage.onChanged.removeListener(done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, 1000); // a change between the read and this listener
        api.storage.onChanged.addListener(done);
      }));
    }
  }

  /** Accessible names in the page (Chromium: the CDP accessibility tree pierces closed roots). */
  async function accessibleNames(page) {
    const snap = await page.accessibility.snapshot({ interestingOnly: false });
    const names = [];
    const walk = (n) => {
      if (n.name) names.push(n.name);
      for (const c of n.children || []) walk(c);
    };
    if (snap) walk(snap);
    return names;
  }

  /** The badge's state, read from its accessible name (Chromium only). */
  async function badgeState(page) {
    const names = await accessibleNames(page);
    const label = names.find((n) => /in this post|clean|language/i.test(n)) || '';
    return { label, location: /location/i.test(label), official: /official/i.test(label) };
  }

  async function waitBadge(page, pred, what) {
    const t0 = Date.now();
    let s;
    for (;;) {
      s = await badgeState(page);
      if (pred(s)) return s;
      if (Date.now() - t0 > 8000) throw new Error(`${what}: badge is ${JSON.stringify(s)}`);
      await frames(page, 1);
    }
  }

  return { tabState, waitState, getSettings, setSettings, waitSettings, accessibleNames, badgeState, waitBadge };
}
