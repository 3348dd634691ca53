import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngineClient, settingsKey } from '../../extension/content/engine-client.js';

test('settings reach the host once per settings object, and again after the host lost them', async () => {
  const calls = [];
  let known = new Set();
  const host = {
    async configure(key, settings) { calls.push(['configure', key]); known.add(key); return { ok: true }; },
    async analyze(key, text) {
      calls.push(['analyze', key]);
      if (!known.has(key)) return { error: 'unknown-settings' };
      return { language: 'en', findings: [{ text }] };
    },
  };
  const client = createEngineClient(host);
  const s = { profile: 'ca-federal', employers: ['ESDC'] };
  for (const t of ['a', 'ab', 'abc']) await client.analyze(t, s);
  assert.equal(calls.filter((c) => c[0] === 'configure').length, 1);
  known = new Set(); // the service worker was restarted
  const res = await client.analyze('abcd', s);
  assert.deepEqual(res.findings, [{ text: 'abcd' }]);
  assert.equal(calls.filter((c) => c[0] === 'configure').length, 2);
});

test('settingsKey is stable and distinguishes settings', () => {
  assert.equal(settingsKey({ a: 1, b: [1] }), settingsKey({ a: 1, b: [1] }));
  assert.notEqual(settingsKey({ official: null }), settingsKey({ official: 'bilingual' }));
});

test('an engine error is thrown, not swallowed', async () => {
  const client = createEngineClient({ configure: async () => ({ error: 'engine: bad pack' }), analyze: async () => ({}) });
  await assert.rejects(client.analyze('x', {}), /bad pack/);
});
