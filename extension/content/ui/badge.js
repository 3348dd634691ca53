// The badge by a composer: counts per severity (shape + number), the detected language, the
// official-language status, a "location attached" pin, and the "Official account" switch.
// A click opens the findings list (through onOpenList). Never placed inside the editor.

import { createLayer, el } from './host.js';
import { severityIcon, icon } from './icons.js';
import { t, tPlural, joinList, languageName } from './i18n.js';

const SEVERITIES = ['high', 'warning', 'info'];

/**
 * Builds the badge's full accessible sentence, e.g.
 * "2 high-risk findings and 1 warning in this post; language: French".
 * @param {object} state  the object given to `update()`
 * @returns {string}
 */
export function badgeLabel(state) {
  const counts = (state && state.counts) || {};
  const parts = SEVERITIES.filter((s) => (counts[s] || 0) > 0).map((s) => tPlural(`ui_count_${s}`, counts[s]));
  const lang = languageName(state && state.language);
  let label = parts.length ? t('ui_badge_label', [joinList(parts), lang]) : t('ui_badge_label_clean', [lang]);
  const off = state && state.official;
  if (off) {
    const status = t(`ui_official_status_${String(off.status || 'ok').replace('-', '_')}`);
    const mode = t(`ui_mode_${off.mode === 'en' || off.mode === 'fr' ? off.mode : 'bilingual'}`);
    label += `; ${t('ui_badge_official', [off.handle || '', mode, status]).replace(/\s{2,}/g, ' ')}`;
  }
  if (state && state.locationTagged) label += `; ${t('ui_badge_location')}`;
  return label;
}

/** Composers lower than this (single-line replies, comment boxes) get the badge outside. */
const COMPACT_HEIGHT = 64;
const INSET = 6;
const GAP = 6;
const EDGE = 4;

/**
 * Where the badge goes for an anchor rect (pure; exported for tests). Inside the bottom-right
 * corner of tall composers (6 px in); for single-line composers, where that corner is on the
 * text line, outside: to the right of the composer when it fits, else just above its right end,
 * else just below. Above comes before below because the platforms put their own controls
 * (X's Post and Reply buttons, Facebook's comment tools) under the composer's right end, and
 * the badge must never cover them. Always kept inside the viewport.
 * @param {{top:number,left:number,right:number,bottom:number,height:number}} rect the anchor
 * @param {{width:number,height:number}} box the badge's size
 * @param {number} vw viewport width (without scrollbar)
 * @param {number} vh viewport height
 * @returns {{top: number, left: number, placement: 'inside'|'right'|'below'|'above'}}
 */
export function badgePosition(rect, box, vw, vh) {
  let top;
  let left;
  let placement;
  if (rect.height >= COMPACT_HEIGHT && rect.height >= box.height + 2 * INSET) {
    placement = 'inside';
    top = rect.bottom - box.height - INSET;
    left = rect.right - box.width - INSET;
  } else if (rect.right + GAP + box.width <= vw - EDGE) {
    placement = 'right';
    top = rect.top + (rect.height - box.height) / 2;
    left = rect.right + GAP;
  } else if (rect.top - GAP - box.height >= EDGE) {
    placement = 'above';
    top = rect.top - GAP - box.height;
    left = rect.right - box.width;
  } else {
    placement = 'below';
    top = rect.bottom + GAP;
    left = rect.right - box.width;
  }
  top = Math.max(EDGE, Math.min(top, vh - box.height - EDGE));
  left = Math.max(EDGE, Math.min(left, vw - box.width - EDGE));
  return { top, left, placement };
}

/**
 * Creates the badge for one composer.
 * @param {{ anchor: Element, onOpenList?: (rect: DOMRect) => void, onToggleOfficial?: (on: boolean) => void }} opts
 *   `anchor` is only measured (getBoundingClientRect), never modified.
 * @returns {{ update(state: object): void, reposition(): void, setHidden(hidden: boolean): void,
 *            focus(): void, destroy(): void, element: null }}
 */
export function createBadge({ anchor, onOpenList, onToggleOfficial } = {}) {
  const layer = createLayer();
  const wrap = el('div', 'surface badge');
  wrap.hidden = true;

  const pill = el('button', 'pill');
  pill.type = 'button';
  const sw = el('button', 'switch');
  sw.type = 'button';
  sw.setAttribute('role', 'switch');
  sw.setAttribute('aria-checked', 'false');
  sw.hidden = true;
  sw.append(icon('official', 14), el('span', '', t('ui_switch_official')), el('span', 'track'));
  wrap.append(sw, pill);
  layer.root.appendChild(wrap);

  let state = null;
  let destroyed = false;
  let suppressed = false;
  let frame = 0;

  pill.addEventListener('click', () => {
    if (onOpenList) onOpenList(pill.getBoundingClientRect());
  });
  sw.addEventListener('click', () => {
    if (onToggleOfficial) onToggleOfficial(!(state && state.official));
  });

  function render() {
    const counts = state.counts || {};
    const total = SEVERITIES.reduce((n, s) => n + (counts[s] || 0), 0);
    const parts = [];
    const brand = icon('shield', 14);
    brand.classList.add('brand');
    parts.push(brand);
    if (total === 0 && !state.locationTagged) {
      parts.push(el('span', 'ok-word', t('ui_badge_clean_short')));
    }
    for (const s of SEVERITIES) {
      const n = counts[s] || 0;
      if (!n) continue;
      const c = el('span', `count ${s}`);
      c.append(severityIcon(s, 13), el('span', '', n));
      parts.push(c);
    }
    if (state.locationTagged) {
      const pin = el('span', 'count warning');
      pin.append(icon('pin', 13));
      parts.push(pin);
    }
    parts.push(el('span', 'lang', t(`ui_lang_tag_${['en', 'fr', 'bilingual'].includes(state.language) ? state.language : 'unknown'}`)));
    if (state.official) {
      const status = state.official.status || 'ok';
      const off = el('span', `off-status ${status === 'ok' ? 'ok' : 'bad'}`);
      off.append(icon('official', 13), el('span', '', t(`ui_official_short_${status.replace('-', '_')}`)));
      parts.push(el('span', 'sep'), off);
    }
    // The accessible name is the full sentence, given as the button's (visually hidden) content
    // rather than aria-label, while the compact visual counts are aria-hidden: an aria-label
    // would not contain the visible text ("2 1 FR"), which WCAG 2.5.3 (label in name) asks for.
    const visual = el('span', 'pill-visual');
    visual.setAttribute('aria-hidden', 'true');
    visual.append(...parts);
    const label = badgeLabel(state);
    pill.replaceChildren(visual, el('span', 'sr-only', label));
    pill.classList.toggle('clean', total === 0 && !state.locationTagged);
    pill.title = `${label}\n${t('ui_badge_open_hint')}`;

    const showSwitch = Boolean(state.canMarkOfficial);
    sw.hidden = !showSwitch;
    if (showSwitch) {
      const on = Boolean(state.official);
      sw.setAttribute('aria-checked', on ? 'true' : 'false');
      const handle = state.official && state.official.handle;
      sw.setAttribute('aria-label', handle ? t('ui_switch_official_label_handle', [handle]) : t('ui_switch_official_label'));
    }
  }

  function reposition() {
    if (destroyed || !state) return;
    const rect = anchor && anchor.isConnected ? anchor.getBoundingClientRect() : null;
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = window.innerHeight;
    const visible = rect && rect.width > 0 && rect.height > 0
      && rect.bottom > 0 && rect.right > 0 && rect.top < vh && rect.left < vw;
    wrap.hidden = !visible || suppressed;
    if (wrap.hidden) return;
    const box = wrap.getBoundingClientRect();
    const { top, left } = badgePosition(rect, box, vw, vh);
    wrap.style.setProperty('top', `${Math.round(top)}px`);
    wrap.style.setProperty('left', `${Math.round(left)}px`);
  }

  function schedule() {
    if (frame || destroyed) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      reposition();
    });
  }

  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  if (ro && anchor) ro.observe(anchor);

  return {
    element: null,
    /** Re-renders with a new state (see README); shows the badge on first call. */
    update(next) {
      if (destroyed) return;
      state = { counts: { high: 0, warning: 0, info: 0 }, language: 'unknown', official: null, canMarkOfficial: false, locationTagged: false, ...next };
      render();
      reposition();
    },
    /**
     * Hides the badge (true) or lets it show again (false) without losing its state, e.g. while
     * the composer is covered by one of the site's modal dialogs. Hidden badges ignore focus().
     */
    setHidden(hidden) {
      if (destroyed) return;
      suppressed = Boolean(hidden);
      if (suppressed) wrap.hidden = true;
      else reposition();
    },
    /** Re-measures the anchor and moves the badge. */
    reposition,
    /** Moves keyboard focus to the badge button. */
    focus() {
      if (!destroyed && !wrap.hidden) pill.focus();
    },
    /** Removes the badge and its listeners. */
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      if (ro) ro.disconnect();
      layer.destroy();
    },
  };
}
