// "Pause before posting": a small modal confirm shown when the post button is used while a high
// finding is unresolved. Resolves 'edit' (default, Escape, backdrop) or 'post'.

import { createLayer, el, placeNear, tabCycler, rememberFocus } from './host.js';
import { severityIcon } from './icons.js';
import { t, tPlural, joinList } from './i18n.js';

const MAX_TITLES = 3;
let pending = null;

/**
 * The sentence naming the findings: "This post has 1 high-risk finding: Classification marking."
 * Names the high findings (or, if none, all of them), at most three distinct titles.
 * @param {object[]} findings
 * @returns {string}
 */
export function confirmText(findings) {
  const high = findings.filter((f) => f.severity === 'high');
  const list = high.length ? high : findings;
  const titles = [...new Set(list.map((f) => f.title || f.rule))];
  const shown = titles.slice(0, MAX_TITLES);
  if (titles.length > MAX_TITLES) shown.push(tPlural('ui_confirm_more', titles.length - MAX_TITLES));
  return tPlural(high.length ? 'ui_confirm_body' : 'ui_confirm_any', list.length, joinList(shown));
}

/**
 * Asks whether to post despite the findings. Focus is trapped in the dialog and starts on Edit.
 * A second call while one is open resolves the first with 'edit'.
 * @param {{ anchorRect?: DOMRect, findings?: object[], returnFocus?: Element }} opts
 * @returns {Promise<'edit'|'post'>}
 */
export function confirmPost({ anchorRect, findings = [], returnFocus } = {}) {
  if (pending) pending('edit');
  const before = rememberFocus();
  const layer = createLayer();
  const backdrop = el('div', 'backdrop');
  const panel = el('div', 'surface panel confirm');
  panel.setAttribute('role', 'alertdialog');
  panel.setAttribute('aria-modal', 'true');
  panel.setAttribute('aria-labelledby', 'rsv-confirm-title');
  panel.setAttribute('aria-describedby', 'rsv-confirm-body');

  const head = el('div', 'head');
  const h2 = el('h2', '', t('ui_confirm_title'));
  h2.id = 'rsv-confirm-title';
  head.append(severityIcon('high', 22), h2);
  const body = el('p', '', confirmText(findings));
  body.id = 'rsv-confirm-body';
  const hint = el('p', 'hint', t('ui_confirm_hint'));
  const acts = el('div', 'acts');
  const post = el('button', 'btn', t('ui_confirm_post'));
  post.type = 'button';
  const edit = el('button', 'btn primary', t('ui_confirm_edit'));
  edit.type = 'button';
  acts.append(post, edit);
  panel.append(head, body, hint, acts);
  layer.root.append(backdrop, panel);

  return new Promise((resolve) => {
    let done = false;
    function finish(choice) {
      if (done) return;
      done = true;
      if (pending === finish) pending = null;
      const hadFocus = Boolean(layer.root.activeElement);
      layer.destroy();
      if (choice === 'edit' && hadFocus) {
        if (returnFocus && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
        else before.restore();
      }
      resolve(choice);
    }
    pending = finish;
    edit.addEventListener('click', () => finish('edit'));
    post.addEventListener('click', () => finish('post'));
    backdrop.addEventListener('click', () => finish('edit'));
    const cycle = tabCycler(layer.root, panel);
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        finish('edit');
        return;
      }
      cycle(event);
    });
    // Focus that escapes (e.g. a page script) is pulled back while the dialog is open.
    panel.addEventListener('focusout', (event) => {
      if (!done && !panel.contains(event.relatedTarget)) {
        queueMicrotask(() => {
          if (!done && !layer.root.activeElement) edit.focus({ preventScroll: true });
        });
      }
    });
    if (anchorRect) placeNear(panel, anchorRect, { prefer: 'above', align: 'end' });
    else centre(panel);
    edit.focus({ preventScroll: true });
  });
}

function centre(panel) {
  const box = panel.getBoundingClientRect();
  panel.style.setProperty('left', `${Math.max(8, Math.round((document.documentElement.clientWidth - box.width) / 2))}px`);
  panel.style.setProperty('top', `${Math.max(8, Math.round((window.innerHeight - box.height) / 3))}px`);
}
