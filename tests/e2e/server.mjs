// HTTPS fixture server for the Réserve end-to-end tests.
//
// Serves tests/fixtures/build/<site>/ by Host header on 127.0.0.1:443 with a
// throw-away self-signed certificate (generated with `openssl req -x509` into a
// temp dir at start), sends CSP headers shaped like the real sites', and records
// every request and every CSP report in memory (never exposed over HTTP).
//
//   import { startServer } from './server.mjs';
//   const server = await startServer();   // builds the fixtures first (esbuild, ~0.5 s)
//   server.address      // '127.0.0.1' (or .2, .3 … if another run holds :443)
//   server.requests     // [{ method, host, url, time, body? }] — EVERY request, fixture host
//                       //   or not; body (utf8, first 64 KiB) for methods other than GET/HEAD/OPTIONS
//   server.cspReports   // [{ host, url, contentType, body, reports }] — body as parsed JSON
//   server.foreignRequests()  // requests to non-fixture hosts, minus BROWSER_BACKGROUND
//   server.tlsErrors    // [{ message }] — connections that never became an HTTP request
//   server.waitForCspReport(pred?, timeoutMs?)  // resolves with the first matching report
//   server.reset()      // empties the three arrays (in place)
//   await server.close()

import https from 'node:https';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BUILD_DIR = path.resolve(here, '../fixtures/build');

/** Hostname → fixture directory under tests/fixtures/build. */
export const SITES = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.facebook.com': 'facebook',
  'www.linkedin.com': 'linkedin',
  'example.org': 'generic',
};
export const FIXTURE_HOSTS = Object.keys(SITES);

/**
 * Requests the BROWSER makes on its own, whatever the flags: Chromium's IdentityManager
 * POSTs accounts.google.com/ListAccounts once per profile at startup (no flag or pref stops
 * it), and its component updater makes an on-demand update check that
 * --disable-component-update does not cover. They still land in `requests` (everything
 * does); foreignRequests() leaves out exactly these so tests can assert "no leak".
 */
export const BROWSER_BACKGROUND = [
  { host: 'accounts.google.com', method: 'POST', path: '/ListAccounts' },
  { host: 'update.googleapis.com', method: 'POST', path: '/service/update2/json' },
];
export function isBrowserBackground(r) {
  const p = r.url.split('?')[0];
  return BROWSER_BACKGROUND.some((b) => b.host === r.host && b.method === r.method && b.path === p);
}
/** Requests to a non-fixture host, other than the known browser background ones. */
export function foreignRequests(requests) {
  return requests.filter((r) => !FIXTURE_HOSTS.includes(r.host) && !isBrowserBackground(r));
}

/** Page URLs, for tests. */
export const URLS = {
  x: 'https://x.com/home',
  twitter: 'https://twitter.com/home',
  facebook: 'https://www.facebook.com/',
  linkedin: 'https://www.linkedin.com/feed/',
  generic: 'https://example.org/',
};

// CSPs modelled on the real sites' (2025–2026). X and LinkedIn: no 'unsafe-eval',
// no 'wasm-unsafe-eval' — so WebAssembly compiled in a Chromium content script is
// blocked AND reported. Facebook allows 'unsafe-eval' (which also covers wasm).
function cspFor(site, host) {
  const report = `report-uri https://${host}/csp-report; report-to csp-endpoint`;
  switch (site) {
    case 'x':
      return [
        "default-src 'self'",
        "script-src 'self' https://abs.twimg.com",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob: https://pbs.twimg.com",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        report,
      ].join('; ');
    case 'linkedin':
      return [
        "default-src 'self'",
        "script-src 'self' https://static.licdn.com",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        report,
      ].join('; ');
    case 'facebook':
      return [
        "default-src 'self' data: blob:",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob: data:",
        "style-src 'self' 'unsafe-inline' data: blob:",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "object-src 'none'",
        report,
      ].join('; ');
    default:
      return null; // example.org: no CSP
  }
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

function makeCertificate(dir) {
  const san = FIXTURE_HOSTS.map((h) => `DNS:${h}`).join(',');
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
    '-nodes', '-days', '2', '-subj', '/CN=reserve-fixtures',
    '-addext', `subjectAltName=${san}`,
    '-keyout', key, '-out', cert,
  ], { stdio: 'pipe' });
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * @param {{ port?: number, host?: string, build?: boolean, buildDir?: string }} [opts]
 *   build (default true): build the fixtures into a private temp dir (deleted on close) and
 *     serve that, so parallel runs never serve a tree another run is rebuilding;
 *     build: false serves buildDir (default tests/fixtures/build, from build.mjs).
 *   host (default: first free of 127.0.0.1 … 127.0.0.20 on `port`): the chosen address is
 *     `server.address` and is also put in process.env.RESERVE_FIXTURE_ADDRESS, which the
 *     launchers in browsers.mjs use by default — so two test processes can run at once.
 */
export async function startServer({ port = 443, host, build = true, buildDir = BUILD_DIR } = {}) {
  const cleanup = [];
  let root = buildDir;
  if (build) {
    const { buildFixtures } = await import('../fixtures/build.mjs');
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'reserve-fixtures-'));
    cleanup.push(root);
    await buildFixtures({ outDir: root });
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reserve-cert-'));
  let tls;
  try {
    tls = makeCertificate(tmp);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const requests = [];
  const cspReports = [];
  const tlsErrors = [];
  const reportWaiters = new Set();

  function addReport(entry) {
    cspReports.push(entry);
    for (const w of reportWaiters) {
      if (w.pred(entry)) {
        reportWaiters.delete(w);
        clearTimeout(w.timer);
        w.resolve(entry);
      }
    }
  }

  const server = https.createServer({ ...tls }, async (req, res) => {
    const hostHeader = (req.headers.host || '').toLowerCase();
    const hostname = hostHeader.replace(/:\d+$/, '');
    const entry = { method: req.method, host: hostname, url: req.url, time: Date.now() };
    requests.push(entry);
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
        entry.body = (await readBody(req)).slice(0, 65536);
      }
      const site = SITES[hostname];
      const url = new URL(req.url, `https://${hostname || 'invalid'}`);

      if (url.pathname === '/csp-report') {
        if (req.method === 'OPTIONS') {
          res.writeHead(204, {
            'access-control-allow-origin': '*',
            'access-control-allow-methods': 'POST',
            'access-control-allow-headers': 'content-type',
          });
          return res.end();
        }
        const raw = entry.body ?? '';
        let body = raw;
        try { body = JSON.parse(raw); } catch { /* keep raw text */ }
        const contentType = req.headers['content-type'] || '';
        // Normalise: `reports` is always an array of plain CSP report objects
        // (report-uri sends {"csp-report": {...}}, report-to sends [{type, body}]).
        let reports = [];
        if (Array.isArray(body)) reports = body.filter((r) => r && r.type === 'csp-violation').map((r) => r.body);
        else if (body && body['csp-report']) reports = [body['csp-report']];
        addReport({ host: hostname, url: req.url, contentType, body, reports, time: Date.now() });
        res.writeHead(204, { 'access-control-allow-origin': '*' });
        return res.end();
      }

      if (!site) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('not a fixture host');
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204);
        return res.end();
      }
      // Any path without an extension is the site's single page (SPA-style: /home, /feed/ …).
      let rel = path.extname(url.pathname) ? url.pathname : '/index.html';
      const dir = path.join(root, site);
      const file = path.normalize(path.join(dir, rel));
      if (!file.startsWith(dir + path.sep) || !fs.existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('not found');
      }
      const headers = {
        'content-type': MIME[path.extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      };
      const csp = cspFor(site, hostname);
      if (csp && file.endsWith('.html')) {
        headers['content-security-policy'] = csp;
        headers['reporting-endpoints'] = `csp-endpoint="https://${hostname}/csp-report"`;
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(file));
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err && err.stack || err));
    }
  });
  server.on('tlsClientError', (err) => tlsErrors.push({ message: err.message, time: Date.now() }));

  const candidates = host ? [host] : Array.from({ length: 20 }, (_, i) => `127.0.0.${i + 1}`);
  let address = null;
  for (const h of candidates) {
    try {
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, h, () => { server.off('error', reject); resolve(); });
      });
      address = h;
      break;
    } catch (err) {
      if (err.code !== 'EADDRINUSE' || h === candidates.at(-1)) {
        for (const d of cleanup) fs.rmSync(d, { recursive: true, force: true });
        throw err;
      }
    }
  }
  process.env.RESERVE_FIXTURE_ADDRESS = address;

  return {
    requests,
    cspReports,
    tlsErrors,
    port,
    address,
    root,
    /** Requests to hosts other than the fixtures' (browser background traffic excluded). */
    foreignRequests: () => foreignRequests(requests),
    /** Resolves with the first CSP report (already received or future) matching pred. */
    waitForCspReport(pred = () => true, timeoutMs = 10000) {
      const found = cspReports.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const w = { pred, resolve };
        w.timer = setTimeout(() => {
          reportWaiters.delete(w);
          reject(new Error(`no matching CSP report within ${timeoutMs} ms`));
        }, timeoutMs);
        reportWaiters.add(w);
      });
    },
    reset() {
      requests.length = 0;
      cspReports.length = 0;
      tlsErrors.length = 0;
    },
    close() {
      for (const w of reportWaiters) { clearTimeout(w.timer); w.resolve(undefined); }
      reportWaiters.clear();
      return new Promise((resolve) => {
        server.close(() => {
          for (const d of cleanup) fs.rmSync(d, { recursive: true, force: true });
          if (process.env.RESERVE_FIXTURE_ADDRESS === address) delete process.env.RESERVE_FIXTURE_ADDRESS;
          resolve();
        });
        server.closeAllConnections();
      });
    },
  };
}
