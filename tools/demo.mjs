#!/usr/bin/env node
// The "run it" demo (`./build.sh demo`, which builds first): serves the three fixture composers
// (X, Facebook, LinkedIn) at their real hostnames on loopback, over HTTPS with a throw-away
// certificate, and opens Chromium with the built extension (dist/chrome) on each of them with a
// sample post typed in (`?sample=1`).
//
//   node tools/demo.mjs              headed Chromium when $DISPLAY is set (close it to stop);
//                                    otherwise headless: screenshots into target/demo/, then exits
//   node tools/demo.mjs --headless   headless even with a display
//
// Nothing leaves the machine: Chromium resolves every hostname to the local fixture server.
// Needs port 443 on loopback (run as root, or with CAP_NET_BIND_SERVICE for node).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, URLS } from '../tests/e2e/server.mjs';
import { launchChromium, launchChromiumHeaded } from '../tests/e2e/browsers.mjs';
import { waitCardShown, frames } from '../tests/e2e/ext-helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXT_DIR = path.join(ROOT, 'dist/chrome');
const OUT = path.join(ROOT, 'target/demo');
const DEMO_SITES = [
  { id: 'x', url: `${URLS.x}?sample=1` },
  { id: 'facebook', url: `${URLS.facebook}?sample=1` },
  { id: 'linkedin', url: `${URLS.linkedin}?sample=1` },
];

function fail(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

/** Waits until the sample post is typed and Réserve has highlighted it. */
async function waitSampleChecked(page) {
  await page.waitForFunction(() => window.__fixture && window.__fixture.getText().length > 40, { timeout: 15000, polling: 'raf' });
  await page.waitForFunction(
    () => ['high', 'warning', 'info'].some((s) => CSS.highlights.has(`reserve-${s}`)),
    { timeout: 15000, polling: 'raf' },
  );
  await frames(page, 3);
}

/** Headless: one screenshot per composer with its highlights, one with the card open. */
async function screenshots(b) {
  fs.mkdirSync(OUT, { recursive: true });
  const written = [];
  for (const site of DEMO_SITES) {
    const page = await b.newPage(site.url);
    try {
      await waitSampleChecked(page);
      const shot = path.join(OUT, `${site.id}.png`);
      await page.screenshot({ path: shot });
      written.push(shot);
      // Hover the first (most severe) highlighted span: the explanation card opens.
      const span = await page.evaluate(() => {
        for (const s of ['high', 'warning', 'info']) {
          const hl = CSS.highlights.get(`reserve-${s}`);
          if (!hl) continue;
          const r = [...hl][0].getClientRects()[0];
          if (r) return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2, top: r.top, bottom: r.bottom };
        }
        return null;
      });
      if (!span) throw new Error(`${site.id}: no highlighted span to hover`);
      await page.mouse.move(span.x, span.y);
      await waitCardShown(page, span);
      const cardShot = path.join(OUT, `${site.id}-card.png`);
      await page.screenshot({ path: cardShot });
      written.push(cardShot);
    } finally {
      await page.close();
    }
  }
  return written;
}

async function main() {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  if (!fs.existsSync(path.join(EXT_DIR, 'manifest.json'))) fail(`${path.relative(ROOT, EXT_DIR)} is missing: run ./build.sh first`);
  let server;
  try {
    server = await startServer();
  } catch (err) {
    fail(`cannot start the fixture server on port 443 (${err.code || err.message}): run as root, or give node CAP_NET_BIND_SERVICE`);
  }
  const stop = async () => {
    await server.close().catch(() => {});
  };
  try {
    if (headless) {
      console.log('demo: no display ($DISPLAY is not set): running headless and writing screenshots');
      const b = await launchChromium({ extensionDir: EXT_DIR, address: server.address });
      try {
        const files = await screenshots(b);
        console.log('demo: screenshots of the three composers with Réserve\'s highlights and the card:');
        for (const f of files) console.log(`  ${path.relative(process.cwd(), f)}`);
      } finally {
        await b.close();
      }
      return;
    }
    const b = await launchChromiumHeaded({ extensionDir: EXT_DIR, address: server.address });
    const pages = await b.browser.pages();
    for (const [i, site] of DEMO_SITES.entries()) {
      const page = i === 0 && pages[0] ? pages[0] : await b.browser.newPage();
      await page.goto(site.url, { waitUntil: 'load' });
    }
    await (await b.browser.pages())[0].bringToFront();
    console.log('demo: Chromium is open with Réserve on X, Facebook and LinkedIn (local copies with a sample post).');
    console.log('demo: hover a highlighted span, or press Alt+Shift+N in a composer; close the browser to stop.');
    await new Promise((resolve) => {
      b.browser.on('disconnected', resolve);
      process.once('SIGINT', () => b.close().then(resolve, resolve));
    });
    await b.close().catch(() => {});
  } finally {
    await stop();
  }
}

main().catch((err) => {
  console.error(`demo: ${err.stack || err}`);
  process.exit(1);
});
