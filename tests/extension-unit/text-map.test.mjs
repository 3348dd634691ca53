import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTextMap, locate, rangePoints, offsetOf } from '../../extension/content/text-map.js';
import { h, t } from './fake-dom.mjs';

const ce = (...kids) => h('div', { contenteditable: 'true' }, ...kids);

/** Reads back the substring covered by DOM points (walking the map's segments). */
function textBetween(map, pts) {
  let out = '';
  let on = false;
  for (const s of map.segments) {
    const startHere = s.node === pts.startNode;
    const endHere = s.node === pts.endNode;
    const from = startHere ? pts.startOffset : 0;
    if (startHere) on = true;
    if (!on) continue;
    const to = endHere ? pts.endOffset : s.length;
    out += s.node.data.slice(from, to);
    if (endHere) break;
  }
  return out;
}

test('Draft.js blocks: one newline between blocks, placeholder <br> of an empty block', () => {
  const block = (...inner) => h('div', { 'data-block': 'true' }, h('div', { class: 'public-DraftStyleDefault-block' }, ...inner));
  const root = ce(h('div', { 'data-contents': 'true' },
    block(h('span', {}, h('span', { 'data-text': 'true' }, 'Hello '), h('span', { 'data-text': 'true' }, 'world'))),
    block(h('span', {}, h('br', { 'data-text': 'true' }))),
    block(h('span', {}, h('span', { 'data-text': 'true' }, 'Bye')))));
  const map = buildTextMap(root);
  assert.equal(map.text, 'Hello world\n\nBye');
  const pts = rangePoints(map, 6, 11);
  assert.equal(textBetween(map, pts), 'world');
  assert.equal(textBetween(map, rangePoints(map, 13, 16)), 'Bye');
  assert.equal(textBetween(map, rangePoints(map, 3, 8)), 'lo wo');
});

test('Lexical / Quill paragraphs and <br> inside a paragraph', () => {
  const root = ce(
    h('p', {}, h('span', {}, 'Line one'), h('br'), h('span', {}, 'line two')),
    h('p', {}, h('br')),
    h('p', {}, 'after blank'),
  );
  const map = buildTextMap(root);
  assert.equal(map.text, 'Line one\nline two\n\nafter blank');
  assert.equal(textBetween(map, rangePoints(map, 9, 17)), 'line two');
  assert.equal(textBetween(map, rangePoints(map, 19, 30)), 'after blank');
});

test('leading empty paragraph gives a leading newline; trailing empty paragraph too', () => {
  const map = buildTextMap(ce(h('p', {}, h('br')), h('p', {}, 'x'), h('p', {}, h('br'))));
  assert.equal(map.text, '\nx\n');
});

test('empty editor', () => {
  const map = buildTextMap(ce(h('p', {}, h('br'))));
  assert.equal(map.text, '');
  assert.equal(locate(map, 0), null);
});

test('a range across a block break starts after the break and ends before it', () => {
  const map = buildTextMap(ce(h('p', {}, 'ab'), h('p', {}, 'cd')));
  assert.equal(map.text, 'ab\ncd');
  const a = locate(map, 2, 'start'); // on the break: moves forward
  assert.equal(a.node.data, 'cd');
  assert.equal(a.offset, 0);
  const b = locate(map, 3, 'end'); // just after the break: moves backward
  assert.equal(b.node.data, 'ab');
  assert.equal(b.offset, 2);
  assert.equal(textBetween(map, rangePoints(map, 1, 4)), 'bc');
});

test('UTF-16 offsets: emoji and accents', () => {
  const map = buildTextMap(ce(h('p', {}, 'Élan 😀 '), h('p', {}, h('strong', {}, 'secret'), ' plan')));
  assert.equal(map.text, 'Élan 😀 \nsecret plan');
  const s = map.text.indexOf('secret');
  assert.equal(textBetween(map, rangePoints(map, s, s + 11)), 'secret plan');
  assert.equal(offsetOf(map, map.segments[1].node, 3), s + 3);
});

test('non-editable islands without text and scripts are skipped; inline text islands kept', () => {
  const map = buildTextMap(ce(h('p', {}, 'a', h('span', { contenteditable: 'false' }), h('span', { contenteditable: 'false' }, '@me'), h('script', {}, 'x=1'), 'b')));
  assert.equal(map.text, 'a@meb');
});

test('inline <br> at end of a span followed by text still breaks', () => {
  const map = buildTextMap(ce(h('p', {}, h('span', {}, 'a', h('br')), 'b')));
  assert.equal(map.text, 'a\nb');
});
