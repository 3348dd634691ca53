// Size and speed of one detector compiled alone to WebAssembly (see README.md).
// Usage: node wasm_bench.mjs FILE.wasm EXPORT   (EXPORT: detect_reserve, detect_whatlang, detect_lingua)
// lingua's wasm imports wasm-bindgen glue: pass instead the glue made by
// `wasm-bindgen --target nodejs` (FILE.js) after appending `exports.__wasm = wasm;` to it.
// Prints the raw and gzip -9 sizes, and the time per 280-character post (1,000 posts built
// from shared/data/langid's sentences as in examples/langid_report.rs, best of 5 rounds).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [file, name] = process.argv.slice(2);
if (!file || !name) {
  console.error('usage: node wasm_bench.mjs FILE.wasm EXPORT');
  process.exit(2);
}
let exports;
let bytes;
if (file.endsWith('.js')) {
  exports = createRequire(import.meta.url)(file).__wasm;
  bytes = readFileSync(file.replace(/\.js$/, '_bg.wasm'));
} else {
  bytes = readFileSync(file);
  exports = (await WebAssembly.instantiate(bytes, {})).instance.exports;
}
const { memory, alloc } = exports;
const detect = exports[name];
if (typeof detect !== 'function') {
  console.error(`${file} has no export ${name}`);
  process.exit(2);
}
const data = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/langid');
const read = (f) => readFileSync(join(data, f), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const en = read('en-sentences.txt');
const fr = read('fr-sentences.txt');
const posts = [];
for (let i = 0; i < Math.min(en.length, fr.length); i++) {
  const pool = i % 2 === 0 ? en : fr;
  let p = pool[i];
  let j = i + 1;
  while ([...p].length < 280) p += ' ' + pool[j++ % pool.length];
  posts.push([...p].slice(0, 280).join(''));
}
const enc = new TextEncoder();
const encoded = posts.map((p) => enc.encode(p));
const ptr = alloc(4096);
const run = (b) => {
  new Uint8Array(memory.buffer, ptr, b.length).set(b);
  return detect(ptr, b.length);
};
const verdicts = encoded.slice(0, 4).map(run); // warm-up (lingua loads its models here)
let best = Infinity;
for (let round = 0; round < 5; round++) {
  const t = process.hrtime.bigint();
  for (const b of encoded) run(b);
  best = Math.min(best, Number(process.hrtime.bigint() - t) / encoded.length);
}
console.log(JSON.stringify({
  file, export: name, raw_bytes: bytes.length, gzip9_bytes: gzipSync(bytes, { level: 9 }).length,
  ns_per_post: Math.round(best), first_verdicts: verdicts,
}));
