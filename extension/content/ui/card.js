// The explanation card for one finding: severity (word + shape), title, why it matters, the guide
// and section it comes from, and Ignore once / Ignore this rule / Learn more.
// One card at a time. Hover cards appear after a delay and never take focus; keyboard cards take
// focus, cycle Tab inside, and give focus back to the editor on Escape.

import { createLayer, el, placeNear, tabCycler, rememberFocus, findingKey } from './host.js';
import { severityIcon, icon } from './icons.js';
import { t, severityName } from './i18n.js';
import { parseSource } from './guides.js';

const SHOW_DELAY_MS = 350;
const HIDE_GRACE_MS = 300;

let active = null; // the current card controller

/**
 * Builds the "Source: <guide> — <publisher>, section …" line for a finding's `source`.
 * @param {string} source
 * @returns {HTMLElement}
 */
function sourceLine(source) {
  const { guide, section, raw } = parseSource(source);
  const line = el('p', 'src');
  line.append(icon('book', 14));
  const text = el('span');
  text.append(`${t('ui_card_source')} `);
  if (guide) {
    text.append(el('cite', '', guide.title), ` — ${guide.publisher} (${guide.jurisdiction})`);
  } else {
    text.append(el('cite', '', raw || '—'));
  }
  if (section) text.append(`, ${t('ui_card_section', [section])}`);
  line.append(text);
  return line;
}

/**
 * Every guide and section that applies to `finding` under the active profile (`sources`, or
 * the single `source`), with a note when the profile's own guides are silent.
 * @param {{source?: string, sources?: string[], source_fallback?: boolean}} finding
 * @returns {HTMLElement}
 */
function sourcesBlock(finding) {
  const list = Array.isArray(finding.sources) && finding.sources.length ? finding.sources : [finding.source];
  const block = el('div', 'srcs');
  for (const source of list) block.append(sourceLine(source));
  if (finding.source_fallback) block.append(el('p', 'src-note', t('ui_card_source_fallback')));
  return block;
}

/**
 * Shows the explanation card for `finding` next to `rect` (below, flipped above when needed).
 * Calling it again for the same finding while its card is open or pending only cancels a
 * pending hide and returns the same handle; another finding replaces the card.
 * @param {{ finding: object, rect: DOMRect, trigger?: 'hover'|'keyboard',
 *           onIgnoreOnce?: Function, onIgnoreRule?: Function, onLearnMore?: Function,
 *           onClose?: (info: {reason: string}) => void }} opts
 * @returns {{ close(): void }}
 */
export function showCard(opts) {
  const key = findingKey(opts.finding);
  const trigger = opts.trigger === 'keyboard' ? 'keyboard' : 'hover';
  if (active && active.key === key && !(trigger === 'keyboard' && active.trigger === 'hover')) {
    active.cancelHide();
    if (opts.rect) active.rect = opts.rect;
    return active.handle;
  }
  if (active) active.close('replaced');
  active = createCard({ ...opts, trigger }, key);
  return active.handle;
}

/**
 * The pointer left the span (or the caller wants the card gone). Hover cards close after a short
 * grace period unless the pointer is over the card; keyboard cards, or `immediate`, close now.
 * @param {{ immediate?: boolean }} [opts]
 */
export function hideCard({ immediate = false } = {}) {
  if (!active) return;
  if (immediate || active.trigger === 'keyboard') active.close('api');
  else active.scheduleHide();
}

/**
 * Whether a card is currently shown (pending hover cards do not count).
 * @returns {boolean}
 */
export function isCardOpen() {
  return Boolean(active && active.shown);
}

function createCard({ finding, rect, trigger, onIgnoreOnce, onIgnoreRule, onLearnMore, onClose }, key) {
  const ctl = {
    key,
    trigger,
    rect,
    shown: false,
    handle: null,
    close: null,
    cancelHide: null,
    scheduleHide: null,
  };
  const focusBack = trigger === 'keyboard' ? rememberFocus() : null;
  let layer = null;
  let panel = null;
  let showTimer = 0;
  let hideTimer = 0;
  let pointerInside = false;
  let closed = false;

  function build() {
    layer = createLayer();
    const sev = ['high', 'warning', 'info'].includes(finding.severity) ? finding.severity : 'info';
    panel = el('div', `surface panel card ${sev}`);
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.setAttribute('aria-labelledby', 'rsv-card-title');
    panel.setAttribute('aria-describedby', 'rsv-card-sev rsv-card-msg rsv-card-src');
    panel.tabIndex = -1;

    const top = el('div', 'card-top');
    const chip = el('span', `sev-chip ${sev}`);
    chip.id = 'rsv-card-sev';
    chip.append(severityIcon(sev, 16), el('span', '', severityName(sev)));
    const closeBtn = el('button', 'icon-btn');
    closeBtn.type = 'button';
    closeBtn.setAttribute('aria-label', t('ui_card_close'));
    closeBtn.append(icon('close', 16));
    top.append(chip, closeBtn);

    const title = el('h2', '', finding.title || finding.rule);
    title.id = 'rsv-card-title';
    const msg = el('p', 'msg', finding.message || '');
    msg.id = 'rsv-card-msg';
    const src = sourcesBlock(finding);
    src.id = 'rsv-card-src';

    const acts = el('div', 'acts');
    const once = el('button', 'btn', t('ui_ignore_once'));
    once.type = 'button';
    const rule = el('button', 'btn', t('ui_ignore_rule'));
    rule.type = 'button';
    const learn = el('button', 'btn quiet learn');
    learn.type = 'button';
    learn.append(el('span', '', t('ui_learn_more')), icon('open', 12));
    acts.append(once, rule, learn);
    panel.append(top, title, msg, src, acts);
    layer.root.appendChild(panel);

    once.addEventListener('click', () => act(onIgnoreOnce));
    rule.addEventListener('click', () => act(onIgnoreRule));
    learn.addEventListener('click', () => {
      if (onLearnMore) onLearnMore(finding);
    });
    closeBtn.addEventListener('click', () => finish('close-button'));

    const cycle = tabCycler(layer.root, panel);
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        finish('escape');
        return;
      }
      cycle(event);
    });
    panel.addEventListener('pointerenter', () => {
      pointerInside = true;
      cancelHide();
    });
    panel.addEventListener('pointerleave', () => {
      pointerInside = false;
      if (ctl.trigger === 'hover') scheduleHide();
    });

    placeNear(panel, ctl.rect || rect, { prefer: 'below' });
    ctl.shown = true;
    if (trigger === 'keyboard') panel.focus({ preventScroll: true });
  }

  function act(callback) {
    finish('action', () => {
      if (callback) callback(finding);
    });
  }

  // Closes, gives focus back (keyboard cards), runs `before` (an action), then onClose.
  function finish(reason, before) {
    if (closed) return;
    const hadFocus = Boolean(layer && layer.root.activeElement);
    teardown();
    if (focusBack && hadFocus) focusBack.restore();
    if (before) before();
    if (onClose) onClose({ reason });
  }

  function teardown() {
    closed = true;
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    if (layer) layer.destroy();
    ctl.shown = false;
    if (active === ctl) active = null;
  }

  function cancelHide() {
    clearTimeout(hideTimer);
    hideTimer = 0;
  }

  function scheduleHide() {
    if (closed) return;
    if (!ctl.shown) {
      finish('pointer-left');
      return;
    }
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (!pointerInside) finish('pointer-left');
    }, HIDE_GRACE_MS);
  }

  ctl.cancelHide = cancelHide;
  ctl.scheduleHide = scheduleHide;
  ctl.close = (reason = 'api') => finish(reason);
  ctl.handle = {
    /** Closes this card (focus goes back to the editor if the card had it). */
    close: () => finish('api'),
  };

  if (trigger === 'keyboard') build();
  else showTimer = setTimeout(build, SHOW_DELAY_MS);
  return ctl;
}
