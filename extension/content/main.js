// The content script's controller: picks the site adapter, loads settings, watches composers,
// and owns the page-wide listeners (hover → card, keyboard shortcuts → next/previous finding,
// post button / submit key → pause before posting). Everything the user sees is rendered by
// ./ui/ in closed shadow roots; nothing is written into the composers, nothing about the
// settings is exposed to the page, and no network request is made.
//
// Keyboard: Alt+Shift+N next finding, Alt+Shift+P previous finding (in a composer).

import { api } from './api.js';
import { adapterFor } from './adapters/index.js';
import { containsComposed } from './adapters/dom.js';
import { isCovered } from './coverage.js';
import { createEngineClient } from './engine-client.js';
import { watchComposers } from './watcher.js';
import { createSession, dismissToken } from './session.js';
import { createPostActions } from './post-actions.js';
import { createSelfCheck } from './self-check.js';
import { setFocusHighlight } from './highlighter.js';
import {
  loadSettings, watchSettings, engineSettingsFor, isPausedOn, saveSettings, setOfficialAccount,
} from '../shared/settings.js';
import { showCard, hideCard } from './ui/card.js';
import { openFindingsList } from './ui/findings-list.js';
import { confirmPost } from './ui/confirm-post.js';
import { announce } from './ui/announcer.js';
import { t, uiLanguage } from './ui/i18n.js';

const STARTED = Symbol.for('reserve.content.started');

/**
 * Starts Réserve in this page with the given engine host.
 * @param {{configure: Function, analyze: Function}} engineHost
 */
export async function startContent(engineHost) {
  if (globalThis[STARTED]) return; // injected twice (static + registered script)
  globalThis[STARTED] = true;

  const adapter = adapterFor(location.hostname);
  const engine = createEngineClient(engineHost);
  let settings = await loadSettings();
  const uiLang = uiLanguage() === 'fr' ? 'fr' : 'en';

  /** @type {Map<Element, ReturnType<typeof createSession>>} */
  const sessions = new Map();
  const engineSettingsCache = new Map(); // account -> engine settings object (one per settings change)
  let watcher = null;
  let hover = null;       // { session, entry } under the pointer
  let keyboard = null;    // { session, index } finding reached by keyboard
  let bypass = false;     // set while re-dispatching a confirmed post
  let lastSummary = '';

  const siteKey = adapter.id === 'generic' ? location.hostname : adapter.id;
  const isPaused = () => isPausedOn(settings, siteKey) || isPausedOn(settings, location.hostname);

  // ---- context handed to sessions ---------------------------------------------------------
  const ctx = {
    engine,
    settings: () => settings,
    engineSettingsFor(account) {
      const today = new Date().toDateString();
      const key = `${account || ''}|${today}`;
      let s = engineSettingsCache.get(key);
      if (!s) {
        s = engineSettingsFor(settings, { platform: adapter.id, account, uiLang, today: new Date() });
        engineSettingsCache.set(key, s);
      }
      return s;
    },
    officialFor(account) {
      if (!account) return null;
      const acc = engineSettingsFor(settings, { platform: adapter.id, account, uiLang }).official;
      return acc ? { mode: acc, handle: account } : null;
    },
    dismissals: (draftId) => api.runtime.sendMessage({ type: 'reserve:dismissals', draft: draftId }),
    clearDraft: (draftId) => { api.runtime.sendMessage({ type: 'reserve:clear-draft', draft: draftId }).catch(() => {}); },
    onChange() {
      // This tab's findings summary, for the popup (counts and categories only, never text).
      const counts = { high: 0, warning: 0, info: 0 };
      const categories = new Set();
      for (const s of sessions.values()) {
        for (const r of s.findings()) {
          counts[r.finding.severity] = (counts[r.finding.severity] || 0) + 1;
          categories.add(r.finding.category);
        }
      }
      const count = counts.high + counts.warning + counts.info;
      const summary = JSON.stringify([counts, [...categories].sort()]);
      if (summary !== lastSummary) {
        lastSummary = summary;
        api.runtime.sendMessage({ type: 'reserve:findings', count, counts, categories: [...categories].sort(), site: siteKey }).catch(() => {});
      }
    },
    onOpenList(session, rect) {
      hideCard({ immediate: true });
      openFindingsList({
        anchorRect: rect,
        findings: session.findings().map((r) => r.finding),
        onSelect: (finding) => {
          const index = session.findings().findIndex((r) => r.finding === finding);
          if (index >= 0) focusFinding(session, index);
        },
        onIgnoreOnce: (finding) => ignoreOnce(session, finding),
        onIgnoreRule: (finding) => ignoreRule(finding),
        onClose: ({ reason }) => { if (reason === 'escape') session.focusBadge(); },
      });
    },
    onToggleOfficial(session, on) {
      const account = session.account();
      if (!account) return;
      const mode = on ? 'bilingual' : null;
      setOfficialAccount(adapter.id, account, mode).catch((err) => console.warn('Réserve:', err));
    },
  };

  // ---- dismissals -----------------------------------------------------------------------------
  function ignoreOnce(session, finding) {
    session.dismiss(finding);
    api.runtime.sendMessage({ type: 'reserve:dismiss', draft: session.draftId, token: dismissToken(finding) }).catch(() => {});
  }

  function ignoreRule(finding) {
    if ((settings.ignoredRules || []).includes(finding.rule)) return;
    const ignoredRules = [...(settings.ignoredRules || []), finding.rule];
    settings = { ...settings, ignoredRules };
    for (const s of sessions.values()) s.rerender();
    saveSettings({ ignoredRules }).catch((err) => console.warn('Réserve:', err));
  }

  function cardActions(session) {
    return {
      onIgnoreOnce: (finding) => ignoreOnce(session, finding),
      onIgnoreRule: (finding) => ignoreRule(finding),
      onLearnMore: (finding) => {
        // The background opens learn/learn.html?rule=<id> in a new tab (extension page).
        api.runtime.sendMessage({ type: 'reserve:learn-more', rule: finding.rule }).catch((err) => console.warn('Réserve:', err));
      },
    };
  }

  // ---- covered composers (a modal above them): their badge steps aside -----------------------
  let coverageFrame = 0;
  let observedForCoverage = new WeakSet();
  const coverageObserver = new MutationObserver(scheduleCoverage);
  const COVERAGE_ATTRS = ['hidden', 'open', 'aria-hidden', 'aria-modal', 'class', 'style'];
  function observeForCoverage(root) {
    if (observedForCoverage.has(root)) return;
    observedForCoverage.add(root);
    coverageObserver.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: COVERAGE_ATTRS });
  }
  function scheduleCoverage() {
    if (!coverageFrame && sessions.size) coverageFrame = requestAnimationFrame(checkCoverage);
  }
  function checkCoverage() {
    coverageFrame = 0;
    for (const root of adapter.shadowRoots()) observeForCoverage(root);
    for (const s of sessions.values()) s.setCovered(s.isVisible() && isCovered(s.editor, s.scope));
  }

  // ---- self-check (popup and diagnostic): composers watched, unrecognised editors ---------------
  const selfCheck = createSelfCheck({
    adapter,
    site: siteKey,
    editors: () => {
      if (watcher) watcher.scan();
      return [...sessions.keys()];
    },
    active: () => !!watcher,
    send: (msg) => { api.runtime.sendMessage(msg).catch(() => {}); },
  });

  // ---- sessions -----------------------------------------------------------------------------
  function start() {
    if (watcher) return;
    observeForCoverage(document.documentElement);
    watcher = watchComposers(adapter, {
      onAdd: (editor) => {
        sessions.set(editor, createSession({ editor, adapter, ctx }));
        scheduleCoverage();
        selfCheck.report();
      },
      onRemove: (editor) => {
        const s = sessions.get(editor);
        sessions.delete(editor);
        if (s) s.destroy();
        if (hover && hover.session === s) hover = null;
        if (keyboard && keyboard.session === s) { keyboard = null; setFocusHighlight(null); }
        ctx.onChange();
        selfCheck.report();
      },
    });
  }

  function stop() {
    if (!watcher) return;
    watcher.stop();
    watcher = null;
    coverageObserver.disconnect();
    observedForCoverage = new WeakSet();
    if (coverageFrame) cancelAnimationFrame(coverageFrame);
    coverageFrame = 0;
    hideCard({ immediate: true });
    setFocusHighlight(null);
    selfCheck.report();
  }

  watchSettings((next) => {
    settings = next;
    engineSettingsCache.clear();
    if (isPaused()) { stop(); return; }
    start();
    for (const s of sessions.values()) s.refresh();
  });

  function sessionOf(node) {
    for (const s of sessions.values()) if (containsComposed(s.editor, node)) return s;
    return null;
  }

  // ---- hover → card ---------------------------------------------------------------------------
  let pointer = null;
  let pointerFrame = 0;
  function onPointerMove(e) {
    pointer = { x: e.clientX, y: e.clientY, target: e.composedPath()[0] };
    if (!pointerFrame) pointerFrame = requestAnimationFrame(checkHover);
  }
  function checkHover() {
    pointerFrame = 0;
    if (!pointer) return;
    const session = sessionOf(pointer.target);
    const hit = session ? session.findingAt(pointer.x, pointer.y) : null;
    if (hit) {
      hover = { session, entry: hit.entry };
      showCard({ finding: hit.entry.finding, rect: hit.rect, trigger: 'hover', ...cardActions(session) });
    } else if (hover) {
      hover = null;
      hideCard();
    }
  }

  // ---- keyboard: next/previous finding, submit shortcut ---------------------------------------
  function focusFinding(session, index) {
    const list = session.findings();
    if (!list.length) {
      announce(t('content_no_findings'));
      return;
    }
    const i = ((index % list.length) + list.length) % list.length;
    keyboard = { session, index: i };
    const entry = list[i];
    setFocusHighlight(entry.range || null);
    const rect = session.rectOf(entry);
    if (entry.range) {
      const el = entry.range.startContainer.parentElement;
      if (el && el.scrollIntoView) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    announce(t('ui_announce_finding', [String(i + 1), String(list.length), entry.finding.title]));
    showCard({
      finding: entry.finding,
      rect,
      trigger: 'keyboard',
      ...cardActions(session),
      onClose: () => setFocusHighlight(null),
    });
  }

  function onKeyDown(e) {
    if (bypass || !e.isTrusted) return;
    const target = e.composedPath()[0];
    const session = sessionOf(target);
    if (!session) return;
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      e.preventDefault();
      e.stopImmediatePropagation();
      const delta = e.code === 'KeyN' ? 1 : -1;
      const current = keyboard && keyboard.session === session ? keyboard.index : (delta > 0 ? -1 : 0);
      focusFinding(session, current + delta);
      return;
    }
    if (session.adapter.isSubmitKey(e, session.editor)) maybePause(e, session, null);
  }

  // ---- pause before posting -----------------------------------------------------------------
  // Which composer a post control belongs to (two-stage posts included): ./post-actions.js.
  const postActions = createPostActions({ adapter, sessions: () => sessions.values() });

  function onClick(e) {
    if (bypass) return;
    const hit = postActions.fromClick(e);
    if (hit) maybePause(e, hit.session, hit.button);
  }

  /**
   * Holds the post while a high finding or an attached place is unresolved; lets everything
   * else through untouched. The place is read again now: sites re-attach one silently.
   */
  function maybePause(e, session, button) {
    if (!settings.pauseBeforePost) return;
    session.refreshContext();
    const pending = session.isPending();
    if (!pending && !session.pauseFindings().length) { postActions.posted(session); return; }
    e.preventDefault();
    e.stopImmediatePropagation();
    const postButton = button || session.adapter.postButtonOf(session.editor, session.scope);
    (async () => {
      if (pending) await session.settle();
      // One more frame, so an analysis scheduled by the last keystroke has run.
      await new Promise((r) => requestAnimationFrame(r));
      await session.settle();
      const held = session.pauseFindings();
      let choice = 'post';
      if (held.length) {
        hideCard({ immediate: true });
        choice = await confirmPost({
          anchorRect: (postButton || session.editor).getBoundingClientRect(),
          findings: held,
          returnFocus: session.editor || postButton,
        });
      }
      if (choice !== 'post') return;
      postActions.posted(session);
      repost(session, postButton, e);
    })();
  }

  function repost(session, postButton, original) {
    bypass = true;
    try {
      if (postButton) postButton.click();
      else if (original.type === 'keydown') {
        session.editor.dispatchEvent(new KeyboardEvent('keydown', {
          key: original.key, code: original.code, ctrlKey: original.ctrlKey, metaKey: original.metaKey,
          shiftKey: original.shiftKey, bubbles: true, cancelable: true, composed: true,
        }));
      }
    } finally {
      bypass = false;
    }
  }

  window.addEventListener('scroll', scheduleCoverage, { passive: true, capture: true });
  window.addEventListener('resize', scheduleCoverage, { passive: true });
  window.addEventListener('focusin', scheduleCoverage, { passive: true, capture: true });
  window.addEventListener('transitionend', scheduleCoverage, { passive: true, capture: true });
  window.addEventListener('animationend', scheduleCoverage, { passive: true, capture: true });
  window.addEventListener('pointermove', onPointerMove, { passive: true, capture: true });
  window.addEventListener('keydown', onKeyDown, { capture: true });
  window.addEventListener('click', onClick, { capture: true });

  if (!isPaused()) start();
}
