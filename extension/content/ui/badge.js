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

/**
 * Creates the badge for one composer.
 * @param {{ anchor: Element, onOpenList?: (rect: DOMRect) => void, onToggleOfficial?: (on: boolean) => void }} opts
 *   `anchor` is only measured (getBoundingClientRect), never modified.
 * @returns {{ update(state: object): void, reposition(): void, focus(): void, destroy(): void, element: null }}
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
    pill.replaceChildren(...parts);
    pill.classList.toggle('clean', total === 0 && !state.locationTagged);
    const label = badgeLabel(state);
    pill.setAttribute('aria-label', label);
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
    const visible = rect && rect.width > 0 && rect.height > 0
      && rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight && rect.left < window.innerWidth;
    wrap.hidden = !visible;
    if (!visible) return;
    const box = wrap.getBoundingClientRect();
    const inset = 6;
    // Bottom-right corner, inside the composer box; kept in the viewport.
    let top = rect.bottom - box.height - inset;
    let left = rect.right - box.width - inset;
    if (rect.height < box.height + 2 * inset) top = rect.top + (rect.height - box.height) / 2;
    top = Math.max(4, Math.min(top, window.innerHeight - box.height - 4));
    left = Math.max(4, Math.min(left, document.documentElement.clientWidth - box.width - 4));
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
      wrap.hidden = false;
      reposition();
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
