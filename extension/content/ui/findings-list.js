// The list of all findings of a post, opened from the badge. Grouped by severity (high first),
// each item selectable (shows the span) with per-item Ignore once / Ignore this rule.

import { createLayer, el, placeNear, tabCycler, findingKey } from './host.js';
import { severityIcon, icon } from './icons.js';
import { t, tPlural } from './i18n.js';

const ORDER = ['high', 'warning', 'info'];
let current = null;

function byPosition(a, b) {
  return (a.start - b.start) || (a.end - b.end);
}

/**
 * Opens the findings list next to `anchorRect` (closing any list already open) and moves focus
 * to its first item. ↑/↓ move between items; Tab cycles; Escape or a click outside closes.
 * @param {{ anchorRect: DOMRect, findings: object[], onSelect?: Function, onIgnoreOnce?: Function,
 *           onIgnoreRule?: Function, onClose?: (info: {reason: string}) => void }} opts
 * @returns {() => void}  close function (idempotent)
 */
export function openFindingsList({ anchorRect, findings = [], onSelect, onIgnoreOnce, onIgnoreRule, onClose } = {}) {
  if (current) current('replaced');
  const layer = createLayer();
  const panel = el('div', 'surface panel list');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'false');
  const headId = 'rsv-list-title';
  const head = el('div', 'list-head');
  const h2 = el('h2');
  h2.id = headId;
  panel.setAttribute('aria-labelledby', headId);
  const closeBtn = el('button', 'icon-btn');
  closeBtn.type = 'button';
  closeBtn.setAttribute('aria-label', t('ui_close'));
  closeBtn.append(icon('close', 16));
  head.append(h2, closeBtn);
  const body = el('div', 'list-body');
  panel.append(head, body);
  layer.root.appendChild(panel);

  let items = findings.slice();
  let closed = false;

  function close(reason = 'api') {
    if (closed) return;
    closed = true;
    if (current === close) current = null;
    window.removeEventListener('pointerdown', onOutside, true);
    window.removeEventListener('resize', onResize);
    layer.destroy();
    if (onClose) onClose({ reason });
  }

  function render(focusIndex) {
    h2.textContent = items.length ? tPlural('ui_list_title', items.length) : t('ui_list_label');
    const groups = [];
    for (const sev of ORDER) {
      const of = items.filter((f) => f.severity === sev).sort(byPosition);
      if (!of.length) continue;
      const g = el('section', `group ${sev}`);
      const h3 = el('h3');
      h3.append(severityIcon(sev, 13), el('span', '', `${t(`ui_group_${sev}`)} (${of.length})`));
      const ul = el('ul');
      for (const f of of) ul.appendChild(renderItem(f));
      g.append(h3, ul);
      groups.push(g);
    }
    if (!groups.length) {
      const empty = el('div', 'empty');
      const ok = icon('check', 16);
      empty.append(ok, el('span', '', t('ui_list_empty')));
      groups.push(empty);
    }
    body.replaceChildren(...groups);
    const picks = Array.from(body.querySelectorAll('.pick'));
    const target = picks[Math.min(focusIndex || 0, picks.length - 1)] || closeBtn;
    target.focus({ preventScroll: true });
  }

  function renderItem(f) {
    const li = el('li', 'item');
    const pick = el('button', 'pick');
    pick.type = 'button';
    pick.append(el('span', 't', f.title || f.rule));
    if (f.excerpt) pick.append(el('span', 'x', t('ui_card_quote', [f.excerpt])));
    pick.addEventListener('click', () => {
      close('select');
      if (onSelect) onSelect(f);
    });
    const acts = el('div', 'acts');
    const once = el('button', 'btn quiet', t('ui_ignore_once'));
    once.type = 'button';
    once.setAttribute('aria-label', t('ui_ignore_once_for', [f.title || f.rule]));
    once.addEventListener('click', () => {
      const index = indexOfPick(li);
      items = items.filter((x) => x !== f && findingKey(x) !== findingKey(f));
      if (onIgnoreOnce) onIgnoreOnce(f);
      if (!closed) render(index);
    });
    const rule = el('button', 'btn quiet', t('ui_ignore_rule'));
    rule.type = 'button';
    rule.setAttribute('aria-label', t('ui_ignore_rule_for', [f.title || f.rule]));
    rule.addEventListener('click', () => {
      const index = indexOfPick(li);
      items = items.filter((x) => x.rule !== f.rule);
      if (onIgnoreRule) onIgnoreRule(f);
      if (!closed) render(index);
    });
    acts.append(once, rule);
    li.append(pick, acts);
    return li;
  }

  function indexOfPick(li) {
    return Array.from(body.querySelectorAll('.item')).indexOf(li);
  }

  const cycle = tabCycler(layer.root, panel);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close('escape');
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const picks = Array.from(body.querySelectorAll('.pick'));
      if (!picks.length) return;
      const active = layer.root.activeElement;
      const li = active && active.closest('.item');
      let i = li ? picks.indexOf(li.querySelector('.pick')) : -1;
      i = event.key === 'ArrowDown' ? Math.min(i + 1, picks.length - 1) : Math.max(i - 1, 0);
      event.preventDefault();
      picks[i].focus();
      return;
    }
    cycle(event);
  });
  closeBtn.addEventListener('click', () => close('close-button'));

  function onOutside(event) {
    if (!event.composedPath().includes(layer.host)) close('outside');
  }
  function onResize() {
    placeNear(panel, anchorRect, { prefer: 'above', align: 'end', fit: true });
  }
  window.addEventListener('pointerdown', onOutside, true);
  window.addEventListener('resize', onResize, { passive: true });

  render(0);
  placeNear(panel, anchorRect, { prefer: 'above', align: 'end', fit: true });
  current = close;
  return () => close('api');
}
