// Which composer a post action belongs to. Adapters declare their post actions
// (`postActionOf(element)`: 'post' publishes, 'stage' is a first step such as a Facebook Page's
// "Next", whose real "Post" button sits in a later dialog outside the composer). A click on a
// 'stage' control remembers the composer; a later 'post' control that belongs to no watched
// composer is then the final step of that staged post, even when the site has removed the
// editor in between (its last findings and place are kept for that moment). Read-only: nothing
// here touches the page or the user's text.

import { containsComposed } from './adapters/dom.js';

/**
 * A stand-in for a composer whose editor is gone (the second stage of a two-stage post): the
 * findings and place it had when its first stage was used.
 * @param {object} adapter
 * @param {{findings: object[], place: string|null}} snap
 */
function stagedSession(adapter, snap) {
  return {
    editor: null,
    adapter,
    scope: null,
    isPending: () => false,
    settle: () => Promise.resolve(),
    refreshContext() {},
    pauseFindings: () => snap.findings,
  };
}

/**
 * @param {{adapter: object, sessions: () => Iterable<object>}} opts
 *   sessions(): the live composer sessions (session.js)
 * @returns {{fromClick(event: Event): ({session: object, button: Element}|null), posted(session: object): void}}
 */
export function createPostActions({ adapter, sessions }) {
  /** The composer whose first stage was used last: {session, snap}. */
  let staged = null;

  /** The composer whose container holds `control` (the innermost one when they nest). */
  function sessionOf(control) {
    let best = null;
    for (const s of sessions()) {
      if (!s.scope || !containsComposed(s.scope, control)) continue;
      if (!best || containsComposed(best.scope, s.scope)) best = s;
    }
    return best;
  }

  function stage(session) {
    const snap = { findings: session.pauseFindings(), place: session.place ? session.place() : null };
    staged = { session, snap };
    // Keep the snapshot current with the analysis of the last keystrokes.
    session.settle().then(() => {
      if (staged && staged.session === session && !session.destroyed?.()) snap.findings = session.pauseFindings();
    }, () => {});
  }

  return {
    /**
     * The composer and control of a click on a post action, or null. A 'stage' click is
     * remembered and answers null (nothing is published yet).
     * @param {Event} e
     */
    fromClick(e) {
      for (const n of e.composedPath()) {
        if (!n || n.nodeType !== 1) continue;
        const kind = adapter.postActionOf(n);
        if (!kind) continue;
        const session = sessionOf(n);
        if (kind === 'stage') {
          if (session) stage(session);
          return null;
        }
        if (session) return { session, button: n };
        if (!staged) return null;
        const live = staged.session;
        if (live.destroyed && !live.destroyed()) return { session: live, button: n };
        if (!staged.ghost) staged.ghost = stagedSession(adapter, staged.snap);
        return { session: staged.ghost, button: n };
      }
      return null;
    },

    /**
     * The post of `session` went through: a staged post it completes is forgotten.
     * @param {object} session
     */
    posted(session) {
      if (staged && (session === staged.session || session === staged.ghost)) staged = null;
    },
  };
}
