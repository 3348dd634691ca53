#!/usr/bin/env node
// Builds the Réserve extension for Chromium and Firefox from extension/ and the wasm engine:
//   dist/chrome/, dist/firefox/   unpacked extensions (load these in the browsers)
//   dist/reserve-chrome.zip, dist/reserve-firefox.zip
//
// Usage: node tools/build-extension.mjs [--engine DIR] [--out DIR] [--no-zip]
//   --out DIR      output directory instead of dist/
//   --engine DIR   wasm-bindgen output with reserve.js + reserve_bg.wasm
//                  (default: $RESERVE_ENGINE_DIR or target/wasm-pkg, built by ./build.sh wasm)
//
// Both browsers get the same manifest.json. They differ in one file only: the content script
// bundle. Chromium's (content/entry-chromium.js) talks to the engine in the service worker and
// contains no WebAssembly code (the page CSP governs wasm in Chromium content scripts, and a
// blocked attempt is reported to the site); Firefox's (content/entry-firefox.js) bundles the
// wasm-bindgen glue and instantiates the engine itself.
//
// The build fails when: the engine is missing, a locale key exists in one language only or has
// the wrong prefix, a file the manifest names is missing, or the Chromium content bundle
// mentions WebAssembly.

import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXT = path.join(root, 'extension');
let DIST = path.join(root, 'dist');
const LANGS = ['en', 'fr'];
const LOCALE_PARTS = ['common', 'content', 'ui', 'popup', 'options'];
const TARGETS = {
  chrome: { entry: 'content/entry-chromium.js', esTarget: ['chrome120'] },
  firefox: { entry: 'content/entry-firefox.js', esTarget: ['firefox140'] },
};
// Copied as they are (ES modules loaded by extension pages and the background).
const COPY_DIRS = ['background', 'shared', 'popup', 'options', 'learn'];
const COPY_FILES = ['managed_schema.json'];

class BuildError extends Error {}

function parseArgs(argv) {
  const opts = { engine: process.env.RESERVE_ENGINE_DIR || path.join(root, 'target/wasm-pkg'), zip: true, out: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--engine') opts.engine = path.resolve(argv[++i]);
    else if (argv[i].startsWith('--engine=')) opts.engine = path.resolve(argv[i].slice(9));
    else if (argv[i] === '--no-zip') opts.zip = false;
    else if (argv[i] === '--out') opts.out = path.resolve(argv[++i]);
    else throw new BuildError(`unknown argument ${argv[i]}`);
  }
  return opts;
}

/** Copies a directory tree, skipping tests and notes that are not part of the extension. */
function copyTree(from, to) {
  if (!fs.existsSync(from)) return;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(src, dst);
    else if (!/\.(md|test\.m?js)$/.test(entry.name)) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(src, dst);
    }
  }
}

/**
 * Merges extension/locales/<part>.<lang>.json into one messages.json per language.
 * @returns {Record<string, object>} lang -> messages
 */
export function mergeLocales(dir = path.join(EXT, 'locales')) {
  const problems = [];
  const merged = Object.fromEntries(LANGS.map((l) => [l, {}]));
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  const parts = new Set(files.map((f) => f.split('.')[0]));
  for (const part of parts) {
    if (!LOCALE_PARTS.includes(part)) problems.push(`locales/${part}.*.json: unknown part "${part}" (expected ${LOCALE_PARTS.join(', ')})`);
    const byLang = {};
    for (const lang of LANGS) {
      const file = path.join(dir, `${part}.${lang}.json`);
      if (!fs.existsSync(file)) { problems.push(`locales/${part}.${lang}.json is missing`); byLang[lang] = {}; continue; }
      try {
        byLang[lang] = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (err) {
        problems.push(`locales/${part}.${lang}.json: ${err.message}`);
        byLang[lang] = {};
      }
    }
    for (const lang of LANGS) {
      for (const [key, value] of Object.entries(byLang[lang])) {
        if (!key.startsWith(`${part}_`)) problems.push(`locales/${part}.${lang}.json: key "${key}" must start with "${part}_"`);
        if (!/^[A-Za-z0-9_@]+$/.test(key)) problems.push(`locales/${part}.${lang}.json: key "${key}" has characters Chrome rejects`);
        if (!value || typeof value.message !== 'string') problems.push(`locales/${part}.${lang}.json: "${key}" has no "message" string`);
        for (const other of LANGS) {
          if (other !== lang && !(key in byLang[other])) problems.push(`locales/${part}.${other}.json: key "${key}" is missing (present in ${lang})`);
        }
        if (key in merged[lang]) problems.push(`locale key "${key}" defined twice`);
        merged[lang][key] = value;
      }
    }
  }
  if (problems.length) throw new BuildError(`locale problems:\n  ${[...new Set(problems)].join('\n  ')}`);
  return merged;
}

/** Every file path a manifest refers to. */
function manifestFiles(m) {
  const files = new Set();
  for (const p of Object.values(m.icons || {})) files.add(p);
  for (const p of Object.values((m.action && m.action.default_icon) || {})) files.add(p);
  if (m.action && m.action.default_popup) files.add(m.action.default_popup);
  if (m.options_ui && m.options_ui.page) files.add(m.options_ui.page);
  if (m.background && m.background.service_worker) files.add(m.background.service_worker);
  for (const p of (m.background && m.background.scripts) || []) files.add(p);
  for (const cs of m.content_scripts || []) for (const p of [...(cs.js || []), ...(cs.css || [])]) files.add(p);
  if (m.storage && m.storage.managed_schema) files.add(m.storage.managed_schema);
  return [...files];
}

/** Relative ES-module imports of every .js file under dir must resolve to existing files. */
function checkImports(dir) {
  const missing = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { walk(p); continue; }
      if (!p.endsWith('.js') || p.includes(`${path.sep}content${path.sep}`)) continue;
      const src = fs.readFileSync(p, 'utf8');
      for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        if (!fs.existsSync(path.resolve(path.dirname(p), m[1]))) missing.push(`${path.relative(dir, p)} imports ${m[1]}`);
      }
    }
  };
  walk(dir);
  return missing;
}

async function bundleContent(target, outDir, engineDir) {
  const { entry, esTarget } = TARGETS[target];
  const result = await esbuild.build({
    entryPoints: [path.join(EXT, entry)],
    outfile: path.join(outDir, 'content/content.js'),
    bundle: true,
    format: 'iife',
    target: esTarget,
    charset: 'utf8',
    legalComments: 'none',
    minify: false,
    sourcemap: false,
    loader: { '.css': 'text' },
    alias: { 'reserve-engine': path.join(engineDir, 'reserve.js') },
    logOverride: { 'empty-import-meta': 'silent' },
    logLevel: 'warning',
    metafile: true,
  });
  const code = fs.readFileSync(path.join(outDir, 'content/content.js'), 'utf8');
  if (target === 'chrome' && /WebAssembly/.test(code)) {
    throw new BuildError('the Chromium content script must not contain WebAssembly code (page CSP would report it)');
  }
  for (const banned of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'eval(', 'new Function(']) {
    if (code.includes(banned) && !(banned === 'eval(' && !/[^.\w]eval\(/.test(code))) {
      throw new BuildError(`content script (${target}) uses ${banned}`);
    }
  }
  return result;
}

// ---- zip (store + deflate, no external tool) ------------------------------------------------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function listFiles(dir, base = dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, base));
    else out.push(path.relative(base, p).split(path.sep).join('/'));
  }
  return out;
}

/** Writes a zip of a directory's files (paths relative to it), with fixed timestamps. */
export function zipDirectory(dir, outFile) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const DOS_TIME = 0;
  const DOS_DATE = (2025 - 1980) << 9 | 1 << 5 | 1;
  for (const rel of listFiles(dir)) {
    const data = fs.readFileSync(path.join(dir, rel));
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const useDeflate = deflated.length < data.length;
    const body = useDeflate ? deflated : data;
    const name = Buffer.from(rel, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(useDeflate ? 8 : 0, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(useDeflate ? 8 : 0, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(0, 30); // extra, comment length
    central.writeUInt32LE(0, 34); // disk, internal attrs
    central.writeUInt32LE(0, 38); // external attrs
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralBuf = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = centrals.length / 2;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(centralBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  fs.writeFileSync(outFile, Buffer.concat([...locals, centralBuf, end]));
}

/**
 * Builds dist/chrome and dist/firefox (and their zips).
 * @param {{engine?: string, out?: string, zip?: boolean, quiet?: boolean}} [opts]
 */
export async function buildExtension(opts = {}) {
  if (opts.out) DIST = opts.out;
  const engineDir = opts.engine || process.env.RESERVE_ENGINE_DIR || path.join(root, 'target/wasm-pkg');
  const log = opts.quiet ? () => {} : (...a) => console.log(...a);
  for (const f of ['reserve.js', 'reserve_bg.wasm']) {
    if (!fs.existsSync(path.join(engineDir, f))) {
      throw new BuildError(`engine file ${path.join(engineDir, f)} is missing: run ./build.sh wasm first (or pass --engine DIR)`);
    }
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(EXT, 'manifest.json'), 'utf8'));
  const locales = mergeLocales();
  for (const lang of LANGS) {
    for (const m of JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)) {
      if (!locales[lang][m[1]]) throw new BuildError(`manifest uses __MSG_${m[1]}__, missing in ${lang}`);
    }
  }
  fs.mkdirSync(DIST, { recursive: true });
  const warnings = [];
  if (manifest.storage && manifest.storage.managed_schema && !fs.existsSync(path.join(EXT, manifest.storage.managed_schema))) {
    // Chromium refuses to load an extension whose managed schema file is missing.
    warnings.push(`extension/${manifest.storage.managed_schema} is missing: storage.managed_schema left out of this build`);
    delete manifest.storage;
  }
  for (const target of Object.keys(TARGETS)) {
    const out = path.join(DIST, target);
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const d of COPY_DIRS) copyTree(path.join(EXT, d), path.join(out, d));
    for (const f of COPY_FILES) if (fs.existsSync(path.join(EXT, f))) fs.copyFileSync(path.join(EXT, f), path.join(out, f));
    fs.mkdirSync(path.join(out, 'icons'), { recursive: true });
    for (const f of fs.readdirSync(path.join(EXT, 'icons'))) {
      if (f.endsWith('.png')) fs.copyFileSync(path.join(EXT, 'icons', f), path.join(out, 'icons', f));
    }
    fs.mkdirSync(path.join(out, 'engine'), { recursive: true });
    for (const f of ['reserve.js', 'reserve_bg.wasm']) fs.copyFileSync(path.join(engineDir, f), path.join(out, 'engine', f));
    fs.mkdirSync(path.join(out, 'content'), { recursive: true });
    fs.copyFileSync(path.join(EXT, 'content/highlights.css'), path.join(out, 'content/highlights.css'));
    await bundleContent(target, out, engineDir);
    for (const lang of LANGS) {
      const dir = path.join(out, '_locales', lang);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'messages.json'), `${JSON.stringify(locales[lang], null, 2)}\n`);
    }
    for (const f of manifestFiles(manifest)) {
      if (!fs.existsSync(path.join(out, f))) {
        // Pages owned by teammates may land later: a warning, not a failure, for those two.
        const msg = `${target}: manifest names ${f}, which is not in the build`;
        if (/^(popup|options)\//.test(f) || f === 'managed_schema.json') warnings.push(msg);
        else throw new BuildError(msg);
      }
    }
    for (const m of checkImports(out)) throw new BuildError(`${target}: ${m} (file missing)`);
    if (opts.zip !== false) zipDirectory(out, path.join(DIST, `reserve-${target}.zip`));
  }
  for (const w of [...new Set(warnings)]) console.warn(`warning: ${w}`);
  log(`built ${path.relative(root, DIST) || DIST}/chrome and /firefox${opts.zip !== false ? ' (+ zips)' : ''} with engine from ${path.relative(root, engineDir) || engineDir}`);
  return { dist: DIST, warnings };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  try {
    const opts = parseArgs(process.argv.slice(2));
    await buildExtension(opts);
    console.log(`done in ${Date.now() - t0} ms`);
  } catch (err) {
    console.error(`build-extension: ${err instanceof BuildError ? err.message : err.stack || err}`);
    process.exit(1);
  }
}
