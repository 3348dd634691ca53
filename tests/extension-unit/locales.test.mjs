import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mergeLocales } from '../../tools/build-extension.mjs';

test('the shipped locale fragments merge with every key in en and fr', () => {
  const merged = mergeLocales();
  assert.deepEqual(Object.keys(merged.en).sort(), Object.keys(merged.fr).sort());
  assert.ok(merged.en.common_extName && merged.fr.content_no_findings);
});

test('a key missing in one language fails the merge', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reserve-loc-'));
  try {
    fs.writeFileSync(path.join(dir, 'content.en.json'), JSON.stringify({ content_a: { message: 'A' }, content_b: { message: 'B' } }));
    fs.writeFileSync(path.join(dir, 'content.fr.json'), JSON.stringify({ content_a: { message: 'A' } }));
    assert.throws(() => mergeLocales(dir), /content\.fr\.json: key "content_b" is missing/);
    fs.writeFileSync(path.join(dir, 'content.fr.json'), JSON.stringify({ content_a: { message: 'A' }, ui_b: { message: 'B' } }));
    assert.throws(() => mergeLocales(dir), /must start with "content_"/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
