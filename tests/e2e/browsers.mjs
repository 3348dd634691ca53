// Browser launch helpers for the Réserve end-to-end tests (puppeteer-core only).
//
//   const b = await launchChromium({ extensionDir });   // or launchFirefox({ extensionDir })
//   b.kind                 // 'chromium' | 'firefox'
//   b.browser              // the puppeteer Browser
//   b.extensionId          // Chromium: the generated id; Firefox: the gecko id
//   b.extensionBaseUrl     // 'chrome-extension://<id>/' | 'moz-extension://<uuid>/'
//   await b.newPage(url?)  // new tab, navigated (waitUntil 'load') when url is given
//   await b.openExtensionPage('popup.html')   // an extension page by path, in a new tab
//   await b.close()
//
// All traffic goes to the fixture server: Chromium maps every hostname to <address>:443
// (--host-resolver-rules), Firefox resolves every name to <address>
// (network.dns.forceResolve). <address>: the `address` option, else
// $RESERVE_FIXTURE_ADDRESS (set by startServer), else 127.0.0.1. Certificates are the server's throw-away self-signed one,
// accepted by acceptInsecureCerts (+ --ignore-certificate-errors in Chromium).
// Each launch gets a fresh profile in a temp dir, deleted on close().

import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM_PATH = fs.existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/** Fixed moz-extension:// UUID (pref extensions.webextensions.uuids) unless one is passed. */
export const DEFAULT_FIREFOX_UUID = '5e7e5e7e-0000-4000-8000-7265736572ff';

// The fixture server's address: startServer() publishes it in this variable (127.0.0.1
// unless another test run already holds port 443 there).
const serverAddress = (address) => address || process.env.RESERVE_FIXTURE_ADDRESS || '127.0.0.1';

const CHROMIUM_ARGS = [
  '--ignore-certificate-errors',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
  '--no-pings',
  '--metrics-recording-only',
  '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions,PrivacySandboxSettings4',
  // Deliver Reporting-API (report-to) CSP reports after ~100 ms instead of ~1 min.
  '--short-reporting-delay',
  '--window-size=1280,900',
];

function tempProfile(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

function readManifest(extensionDir) {
  return JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
}

function wrap({ browser, kind, extensionId, extensionBaseUrl, profileDir, extensionPageWait }) {
  let closed = false;
  const api = {
    browser,
    kind,
    extensionId,
    extensionBaseUrl,
    async newPage(url, { waitUntil = 'load', timeout = 15000 } = {}) {
      const page = await browser.newPage();
      if (url) await page.goto(url, { waitUntil, timeout });
      return page;
    },
    /** Opens an extension page (e.g. 'popup.html', 'options.html?x=1') in a new tab. */
    async openExtensionPage(relPath, opts = {}) {
      if (!extensionBaseUrl) throw new Error('no extension loaded');
      return api.newPage(extensionBaseUrl + relPath.replace(/^\//, ''), { waitUntil: extensionPageWait, ...opts });
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await browser.close();
      } finally {
        if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  };
  return api;
}

// Seeded into the fresh profile: no sign-in (accounts.google.com/ListAccounts) and no
// spell-check dictionary download (redirector.gvt1.com) — flags alone do not stop these.
const CHROMIUM_PREFS = {
  signin: { allowed: false, allowed_on_next_startup: false },
  browser: { enable_spellchecking: false, has_seen_welcome_page: true },
  spellcheck: { dictionaries: [], dictionary: '', use_spelling_service: false },
  safebrowsing: { enabled: false },
  translate: { enabled: false },
  search: { suggest_enabled: false },
  alternate_error_pages: { enabled: false },
};

async function chromium({ extensionDir, headless, args = [], address }) {
  const profileDir = tempProfile('reserve-chromium-');
  fs.mkdirSync(path.join(profileDir, 'Default'));
  fs.writeFileSync(path.join(profileDir, 'Default', 'Preferences'), JSON.stringify(CHROMIUM_PREFS));
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: CHROMIUM_PATH,
    headless,
    pipe: true,
    enableExtensions: true,
    acceptInsecureCerts: true,
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 900 },
    args: [`--host-resolver-rules=MAP * ${serverAddress(address)}:443`, ...CHROMIUM_ARGS, ...args],
  });
  try {
    let extensionId = null;
    if (extensionDir) extensionId = await browser.installExtension(path.resolve(extensionDir));
    return wrap({
      browser, kind: 'chromium', extensionId, profileDir,
      extensionBaseUrl: extensionId ? `chrome-extension://${extensionId}/` : null,
      extensionPageWait: 'load',
    });
  } catch (err) {
    await browser.close().catch(() => {});
    fs.rmSync(profileDir, { recursive: true, force: true });
    throw err;
  }
}

/** Headless Chromium (always headless: for tests). */
export function launchChromium({ extensionDir, args, address } = {}) {
  return chromium({ extensionDir, headless: true, args, address });
}

/** Headed Chromium for the demo; needs $DISPLAY. */
export function launchChromiumHeaded({ extensionDir, args, address } = {}) {
  if (!process.env.DISPLAY) throw new Error('launchChromiumHeaded needs $DISPLAY (an X server)');
  return chromium({ extensionDir, headless: false, args, address });
}

/**
 * Headless Firefox ESR over WebDriver BiDi. The extension is installed temporarily with
 * browser.installExtension(); its manifest must carry browser_specific_settings.gecko.id
 * (the fixed moz-extension UUID is keyed by it).
 */
export async function launchFirefox({ extensionDir, uuid = DEFAULT_FIREFOX_UUID, prefs = {}, address } = {}) {
  let geckoId = null;
  if (extensionDir) {
    geckoId = readManifest(extensionDir).browser_specific_settings?.gecko?.id;
    if (!geckoId) throw new Error('launchFirefox: manifest.json needs browser_specific_settings.gecko.id');
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    // Lets the (puppeteer-set) services.settings.server=data:… pref win in a release
    // build, so Remote Settings stops polling firefox.settings.services.mozilla.com.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.dns.forceResolve': serverAddress(address),
      // No IPv6 / DoH detours around forceResolve.
      'network.dns.disableIPv6': true,
      'network.trr.mode': 5,
      'extensions.webextensions.uuids': JSON.stringify(geckoId ? { [geckoId]: uuid } : {}),
      // Quiet background traffic (puppeteer already disables most of it).
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'browser.region.network.url': '',
      'browser.region.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      ...prefs,
    },
  });
  try {
    if (extensionDir) await browser.installExtension(path.resolve(extensionDir));
    return wrap({
      browser, kind: 'firefox', extensionId: geckoId,
      extensionBaseUrl: geckoId ? `moz-extension://${uuid}/` : null,
      // moz-extension:// navigations do not report 'load' reliably over BiDi.
      extensionPageWait: 'networkidle0',
    });
  } catch (err) {
    await browser.close().catch(() => {});
    throw err;
  }
}

/** launchChromium or launchFirefox by kind. */
export function launchBrowser(kind, opts) {
  if (kind === 'chromium') return launchChromium(opts);
  if (kind === 'firefox') return launchFirefox(opts);
  throw new Error(`unknown browser kind ${kind}`);
}
