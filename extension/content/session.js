// One composer being watched: reads its text (never writes it), asks the engine, keeps the
// findings with their DOM ranges, draws them (highlights or overlay boxes) and keeps the badge
// up to date. Analysis is scheduled on the animation frame after each change, only while the
// composer is visible or focused; stale answers (text changed meanwhile) are dropped.

import { buildTextMap, rangePoints } from './text-map.js';
import { setHighlights, clearHighlights, highlightApiAvailable } from './highlighter.js';
import { createOverlay } from './overlay.js';
import { createBadge } from './ui/badge.js';
import { locationTagFinding } from './ui/location.js';

/** Categories shown in the badge only (their span is the whole post: no underline). */
const BADGE_ONLY = new Set(['official-language']);
const SEVERITY_RANK = { info: 0, warning: 1, high: 2 };

/**
 * Token that identifies a finding for "Ignore once" within one draft.
 * @param {{rule: string, excerpt: string}} finding
 */
export function dismissToken(finding) {
  return `${finding.rule}|${finding.excerpt || ''}`;
}

/**
 * @param {object} opts
 * @param {Element} opts.editor the contenteditable root or textarea
 * @param {object} opts.adapter site adapter
 * @param {object} opts.ctx shared controller context: { engine, settings(), engineSettingsFor(account),
 *   dismissals(draftId): Promise<string[]>, clearDraft(draftId), onChange(session),
 *   onOpenList(session, rect), onToggleOfficial(session, on) }
 */
export function createSession({ editor, adapter, ctx }) {
  const isTextarea = editor.tagName === 'TEXTAREA' || editor.tagName === 'INPUT';
  const useOverlay = isTextarea || !highlightApiAvailable();
  const scope = adapter.scopeOf(editor) || editor;
  const draftId = `${adapter.id}|${adapter.draftId(editor)}`;
  const overlay = useOverlay ? createOverlay(editor) : null;

  const state = {
    text: '',
    map: null,
    settings: null,
    result: null,         // engine answer for `text`
    rendered: [],         // visible findings: [{finding, range|null}]
    account: null,
    place: null,
    visible: true,
    composing: false,
    scheduled: false,
    stale: true,
    version: 0,
    pending: null,        // Promise of the analysis in flight
    dismissed: new Set(),
    hadText: false,       // the draft had text (emptying it afterwards ends the draft)
    destroyed: false,
  };

  const badge = createBadge({
    anchor: adapter.badgeAnchor(editor),
    onOpenList: (rect) => ctx.onOpenList(session, rect),
    onToggleOfficial: (on) => ctx.onToggleOfficial(session, on),
  });
  let badgeState = null;
  // Hidden while the composer is covered by something the page painted above it (a modal):
  // the badge would otherwise show through the modal.
  let covered = false;

  ctx.dismissals(draftId).then((tokens) => {
    for (const t of tokens) state.dismissed.add(t);
    if (tokens.length) render();
  }, () => {});

  // ---- scheduling ---------------------------------------------------------------------------
  function schedule() {
    if (state.scheduled || state.destroyed) return;
    state.scheduled = true;
    requestAnimationFrame(run);
  }

  const isFocused = () => {
    const root = editor.getRootNode();
    return root.activeElement === editor || (root.activeElement && editor.contains(root.activeElement));
  };

  function run() {
    state.scheduled = false;
    if (state.destroyed) return;
    if (state.composing) return;
    if (!state.visible && !isFocused()) {
      state.stale = true;
      return;
    }
    state.stale = false;
    const account = adapter.readAccount(editor, scope);
    const place = adapter.readLocation(editor, scope);
    const settings = ctx.engineSettingsFor(account);
    let map;
    let text;
    if (isTextarea) {
      text = editor.value;
      map = null;
    } else {
      map = buildTextMap(editor);
      text = map.text;
    }
    const contextChanged = account !== state.account || place !== state.place;
    state.account = account;
    state.place = place;
    if (text === state.text && settings === state.settings && state.result) {
      // Same text: the DOM may have been re-rendered (new text nodes), so re-map the ranges.
      state.map = map;
      if (!isTextarea) attachRanges();
      render();
      return;
    }
    state.text = text;
    state.map = map;
    state.settings = settings;
    const version = ++state.version;
    if (!text.trim() && state.hadText) {
      // The draft was posted or emptied: its "Ignore once" dismissals end with it.
      state.hadText = false;
      if (state.dismissed.size) {
        state.dismissed.clear();
        ctx.clearDraft(draftId);
      }
    }
    if (text.trim()) state.hadText = true;
    if (!text.trim()) {
      state.result = { language: 'unknown', findings: [] };
      state.pending = null;
      attachRanges();
      render();
      return;
    }
    const p = ctx.engine.analyze(text, settings).then((res) => {
      if (version !== state.version || state.destroyed) return;
      state.result = res;
      state.pending = null;
      attachRanges();
      render();
    }, (err) => {
      if (version === state.version) state.pending = null;
      console.warn('Réserve: analysis failed', err);
    });
    state.pending = p;
    if (contextChanged) render();
  }

  // ---- findings -> ranges -> drawing ------------------------------------------------------
  function attachRanges() {
    const findings = (state.result && state.result.findings) || [];
    state.ranged = findings.map((f) => {
      if (isTextarea || !state.map || BADGE_ONLY.has(f.category) || f.end <= f.start) return { finding: f, range: null };
      const pts = rangePoints(state.map, f.start, f.end);
      if (!pts) return { finding: f, range: null };
      const range = document.createRange();
      try {
        range.setStart(pts.startNode, pts.startOffset);
        range.setEnd(pts.endNode, pts.endOffset);
      } catch {
        return { finding: f, range: null };
      }
      return { finding: f, range };
    });
  }

  function isShown(f) {
    const s = ctx.settings();
    if ((s.ignoredRules || []).includes(f.rule)) return false;
    if ((s.disabledCategories || []).includes(f.category)) return false;
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[s.minSeverity || 'info']) return false;
    return !state.dismissed.has(dismissToken(f));
  }

  function render() {
    if (state.destroyed) return;
    const shown = (state.ranged || []).filter((r) => isShown(r.finding));
    if (state.place) {
      const loc = locationTagFinding(state.place);
      if (isShown(loc)) shown.push({ finding: loc, range: null });
    }
    state.rendered = shown;
    const bySeverity = { high: [], warning: [], info: [] };
    for (const r of shown) if (r.range) bySeverity[r.finding.severity]?.push(r.range);
    if (overlay) overlay.draw(shown.filter((r) => !BADGE_ONLY.has(r.finding.category) && r.finding.start >= 0), state.text);
    else setHighlights(session, bySeverity);

    const counts = { high: 0, warning: 0, info: 0 };
    for (const r of shown) counts[r.finding.severity] = (counts[r.finding.severity] || 0) + 1;
    const official = ctx.officialFor(state.account);
    badgeState = {
      counts,
      language: (state.result && state.result.language) || 'unknown',
      official: official ? { mode: official.mode, status: officialStatus(official.mode), handle: official.handle } : null,
      canMarkOfficial: !!state.account,
      locationTagged: !!state.place,
    };
    badge.update(badgeState);
    ctx.onChange(session);
  }

  function officialStatus(mode) {
    const lang = state.result && state.result.language;
    const flagged = state.rendered.some((r) => r.finding.category === 'official-language');
    if (!flagged && lang !== 'en' && lang !== 'fr') return 'ok';
    if (mode === 'bilingual') {
      if (lang === 'en') return 'missing-fr';
      if (lang === 'fr') return 'missing-en';
      return flagged ? 'wrong-language' : 'ok';
    }
    if ((mode === 'en' && lang === 'fr') || (mode === 'fr' && lang === 'en')) return 'wrong-language';
    return flagged ? 'wrong-language' : 'ok';
  }

  // ---- listeners ----------------------------------------------------------------------------
  const textObserver = new MutationObserver(schedule);
  if (!isTextarea) textObserver.observe(editor, { childList: true, characterData: true, subtree: true });
  const contextObserver = new MutationObserver(schedule);
  if (scope !== editor) {
    contextObserver.observe(scope, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-checked', 'aria-label', 'hidden', 'open'] });
  }
  const accountRoot = adapter.accountRoot ? adapter.accountRoot() : null;
  if (accountRoot) contextObserver.observe(accountRoot, { childList: true, characterData: true, subtree: true });

  const io = new IntersectionObserver((entries) => {
    for (const e of entries) state.visible = e.isIntersecting;
    if (state.visible && state.stale) schedule();
  });
  io.observe(editor);

  const onInput = () => schedule();
  const onCompStart = () => { state.composing = true; };
  const onCompEnd = () => { state.composing = false; schedule(); };
  const onFocus = () => { if (state.stale) schedule(); };
  editor.addEventListener('input', onInput, { passive: true });
  editor.addEventListener('compositionstart', onCompStart, { passive: true });
  editor.addEventListener('compositionend', onCompEnd, { passive: true });
  editor.addEventListener('focus', onFocus, { passive: true });

  const session = {
    editor,
    adapter,
    scope,
    draftId,
    /** Schedules an analysis on the next animation frame. */
    schedule,
    /** Forces re-analysis (settings changed). */
    refresh() {
      state.settings = null;
      schedule();
    },
    /** Re-renders without re-analysing (a dismissal or an ignored rule). */
    rerender: render,
    /** Visible findings with their ranges, in text order: [{finding, range}]. */
    findings: () => state.rendered,
    /** The posting account read last time, or null. */
    account: () => state.account,
    /** Promise that settles when the analysis in flight (if any) is done. */
    settle: () => state.pending || Promise.resolve(),
    /** Whether the text changed since the last finished analysis. */
    isPending: () => !!state.pending || state.scheduled,
    /** Unresolved high findings (for pause-before-post). */
    highFindings: () => state.rendered.filter((r) => r.finding.severity === 'high').map((r) => r.finding),
    /**
     * What pause-before-post asks about: the unresolved high findings and an attached place
     * (a place the site re-attached silently is as risky as one typed in the text).
     */
    pauseFindings: () => state.rendered
      .filter((r) => r.finding.severity === 'high' || r.finding.rule === 'location.tag-attached')
      .map((r) => r.finding),
    /** The place attached when last read, or null. */
    place: () => state.place,
    /**
     * Reads the account and the attached place again now (at the moment of posting), and
     * re-renders at once if either changed.
     */
    refreshContext() {
      if (state.destroyed) return;
      const account = adapter.readAccount(editor, scope);
      const place = adapter.readLocation(editor, scope);
      if (account === state.account && place === state.place) return;
      state.account = account;
      state.place = place;
      render();
      schedule();
    },
    /** Whether the session has ended (its editor left the page). */
    destroyed: () => state.destroyed,
    /** Records an "Ignore once" dismissal locally. */
    dismiss(finding) {
      state.dismissed.add(dismissToken(finding));
      render();
    },
    /** The finding under a viewport point, with the rect of the hit line box. */
    findingAt(x, y) {
      for (const r of state.rendered) {
        if (!r.range) continue;
        for (const rect of r.range.getClientRects()) {
          if (x >= rect.left && x <= rect.right && y >= rect.top - 1 && y <= rect.bottom + 1) return { entry: r, rect };
        }
      }
      if (overlay) {
        const hit = overlay.hitTest(x, y);
        if (hit) return hit;
      }
      return null;
    },
    /** Bounding rect of a finding (first line box), for placing the card. */
    rectOf(entry) {
      if (entry.range) {
        const rects = entry.range.getClientRects();
        return rects.length ? rects[0] : entry.range.getBoundingClientRect();
      }
      if (overlay) {
        const r = overlay.rectOf(entry);
        if (r) return r;
      }
      return editor.getBoundingClientRect();
    },
    /** Focuses the badge pill. */
    focusBadge: () => badge.focus(),
    /**
     * Hides the badge while the composer is covered (e.g. by a modal), shows it again after.
     * @param {boolean} isCovered
     */
    setCovered(isCovered) {
      if (state.destroyed || isCovered === covered) return;
      covered = isCovered;
      badge.setHidden(covered);
    },
    /** Whether the badge is currently set aside because the composer is covered. */
    isCovered: () => covered,
    /** Whether the composer intersects the viewport (or has focus). */
    isVisible: () => state.visible || isFocused(),
    destroy() {
      if (state.destroyed) return;
      state.destroyed = true;
      textObserver.disconnect();
      contextObserver.disconnect();
      io.disconnect();
      editor.removeEventListener('input', onInput);
      editor.removeEventListener('compositionstart', onCompStart);
      editor.removeEventListener('compositionend', onCompEnd);
      editor.removeEventListener('focus', onFocus);
      clearHighlights(session);
      if (overlay) overlay.destroy();
      badge.destroy();
    },
  };
  if (isTextarea) editor.addEventListener('scroll', () => overlay && overlay.reposition(), { passive: true });
  schedule();
  return session;
}
