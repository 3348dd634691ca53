// WebAssembly speed figures for the engine, in Node (V8, the same engine as Chromium's
// service worker): instantiate + engine start, a 280-character post, a 30 KB paste.
// Run: `./build.sh bench` (after `./build.sh wasm`).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { initSync, Engine } = await import(root + 'target/wasm-pkg/reserve.js');

const POST = "Grosse journée au bureau 😅 Je travaille à la préfecture depuis 3 ans et franchement " +
  "la direction est nulle. Réunion demain 9h au 12 rue des Lilas pour la note Protégé B, appelez-moi au " +
  "613-555-0199. Go Habs go! Vivement le week-end au chalet avec les enfants. #fonctionpublique";

function corpusText(target) {
  let text = '';
  for (const name of ['risky.jsonl', 'benign.jsonl']) {
    for (const line of readFileSync(root + 'tests/corpus/' + name, 'utf8').split('\n')) {
      if (line.trim()) text += JSON.parse(line).text + '\n';
    }
  }
  let out = '';
  while (out.length < target) out += text;
  return out.slice(0, target);
}

function time(iterations, f) {
  f();
  const start = performance.now();
  for (let i = 0; i < iterations; i++) f();
  return (performance.now() - start) / iterations;
}

const bytes = readFileSync(root + 'target/wasm-pkg/reserve_bg.wasm');
const settings = { employers: ['EDSC', 'ESDC'], terms: ['Nightingale'] };
const t0 = performance.now();
initSync({ module: new WebAssembly.Module(bytes) });
let engine = new Engine(settings);
const coldStart = performance.now() - t0;
const rebuild = time(20, () => new Engine(settings).free());
const post = time(5000, () => engine.analyze(POST));
const paste = corpusText(30 * 1024);
const t30 = time(100, () => engine.analyze(paste));
const big = corpusText(1024 * 1024);
const t1m = time(3, () => engine.analyze(big));
const n = engine.analyze(POST).findings.length;
console.log('| measure (wasm in Node ' + process.version + ') | time | goal |');
console.log('|---|---|---|');
console.log(`| wasm size | ${(bytes.length / 1024).toFixed(0)} KB | |`);
console.log(`| cold start: compile + instantiate + first engine | ${coldStart.toFixed(1)} ms | ≤ 30 ms |`);
console.log(`| engine rebuild (settings change) | ${rebuild.toFixed(2)} ms | |`);
console.log(`| ${[...POST].length}-char post (${n} findings) | ${(post * 1000).toFixed(1)} µs | ≤ 50 µs |`);
console.log(`| 30 KB paste | ${t30.toFixed(3)} ms | ≤ 2 ms |`);
console.log(`| 1 MB | ${t1m.toFixed(1)} ms | |`);
engine.free();
