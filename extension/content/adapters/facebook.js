// Facebook adapter: every selector and quirk for facebook.com in one place.
//
// Evidence (public code read on 2026-12-07 through the public-code index; "excerpt" = the
// index's excerpt id when the index did not name the repository):
// - Editor: Lexical `div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]`
//   (vader-pepe/snorkel snorkel-service/src/constants/facebook/index.ts; excerpts of 2025–2026
//   comment bots). Lexical removes any node it did not create: nothing may be added inside.
// - Post dialog and post button `div[aria-label="Post"][role="button"]` (snorkel, above).
// - Pages post in two stages: `[aria-label="Next"][role="button"]` then the "Post" button
//   (excerpts 19990453059 "Bấm next" → "Bấm post", 55193731846 "Some FB flows show Next before
//   Post (… for Pages)", 62121716155). The second stage's title "Post settings" comes from the
//   description of the live site in the project's tracker; no public code naming it was found,
//   so the final "Post" is recognised by its label in any dialog, not by that title.
// - Comments: Lexical boxes labelled "Comment as <Name>", "Write a comment…", "Reply to …"
//   (excerpts 11369259841 "February 23, 2026", 62554538586, 54534208923, 8965000097), sent
//   with Enter; submit `div[role="button"][aria-label="Comment"]` (excerpt 11369259841). The
//   same Lexical editor serves Messenger chat boxes (excerpt 10885265598): watched here as
//   messages (Enter sends).
// - Check-in: `[aria-label="Check in"][role="button"]` is described in the project's tracker;
//   public code only shows other sites' "Check in" buttons. Once a place is chosen Facebook
//   writes "<Name> is at <Place>." in the dialog header, the place being a link: that wording
//   (and its French "se trouve à" / "est à") is likewise from the tracker, not public code.
// - Identity: "Comment as <Name>" on comment boxes; in the post dialog the author's avatar
//   (`svg[role="img"][aria-label="<Name>"]`, unverified in public code).
// `composerPostButton` (another site's test id), `composerCheckin`, `composerIdentityName`,
// `commentSubmit`, `data-place-name` and `data-actor-type` do not exist on Facebook.

import { closestComposed, closestContaining, cleanText, isModEnter, isPlainEnter, countMatches } from './dom.js';

const EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
const DIALOG = '[role="dialog"]';
const POST = ['Post', 'Publier'].map((l) => `[role="button"][aria-label="${l}"]`).join(', ');
const NEXT = ['Next', 'Suivant'].map((l) => `[role="button"][aria-label="${l}"]`).join(', ');
const COMMENT_SEND = ['Comment', 'Commenter', 'Reply', 'Répondre'].map((l) => `[role="button"][aria-label="${l}"]`).join(', ');
const CHECK_IN = ['Check in', 'Identifier un lieu', 'Ajouter un lieu'].map((l) => `[role="button"][aria-label="${l}"]`).join(', ');
const COMMENT_LABEL = /^(comment as|write a (public )?comment|reply to|answer as|commenter en tant que|écrire un commentaire|écrivez un commentaire|répondre à)/i;
const COMMENT_AS = /^(?:comment as|answer as|commenter en tant que)\s+(.+?)\s*$/i;
const MESSAGE_LABEL = /^(message|aa|écrire un message|envoyer un message)\b/i;
/** Text right before the place link in the dialog header: "Marie is at", "Marie est à". */
const AT_PLACE = /(?:\bis at|\bis in|—\s*at|\bse trouve à|\best à|—\s*à)\s*$/i;

export const facebook = {
  id: 'facebook',
  /** Date the selectors were last checked against public code. */
  version: '2026-12-07',
  editorSelector: EDITOR,

  shadowRoots() {
    return [];
  },

  /** 'comment', 'message' (Messenger) or 'post' (the Create post dialog). */
  kindOf(editor) {
    const label = editor.getAttribute('aria-label') || '';
    if (COMMENT_LABEL.test(label)) return 'comment';
    if (MESSAGE_LABEL.test(label)) return 'message';
    return 'post';
  },

  scopeOf(editor) {
    if (this.kindOf(editor) === 'post') {
      return closestComposed(editor, DIALOG) || closestContaining(editor, POST) || editor.parentElement;
    }
    if (this.kindOf(editor) === 'message') {
      return closestComposed(editor, `form, ${DIALOG}, [role="region"], [role="complementary"]`) || editor.parentElement;
    }
    return closestComposed(editor, 'form') || closestContaining(editor, COMMENT_SEND, 4) || editor.parentElement;
  },

  /** The posting identity: "Comment as <Name>", or the author avatar's label in the dialog. */
  readAccount(editor, scope) {
    const m = (editor.getAttribute('aria-label') || '').match(COMMENT_AS);
    if (m) return m[1];
    if (this.kindOf(editor) !== 'post' || !scope) return null;
    for (const img of scope.querySelectorAll('svg[role="img"][aria-label], img[alt]')) {
      if (editor.contains(img) || !(img.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      const name = (img.getAttribute('aria-label') || img.getAttribute('alt') || '').trim();
      if (name) return name;
    }
    return null;
  },

  /** The checked-in place: a link after "… is at" in the post dialog, or null. */
  readLocation(editor, scope) {
    if (this.kindOf(editor) !== 'post' || !scope) return null;
    for (const a of scope.querySelectorAll('a')) {
      if (editor.contains(a)) continue;
      let before = '';
      for (let n = a.previousSibling; n && before.length < 60; n = n.previousSibling) before = (n.textContent || '') + before;
      if (!before && a.parentElement) {
        for (let n = a.parentElement.previousSibling; n && before.length < 60; n = n.previousSibling) before = (n.textContent || '') + before;
      }
      if (AT_PLACE.test(before.replace(/\s+/g, ' '))) return cleanText(a) || '?';
    }
    return null;
  },

  /**
   * 'post' for a control that publishes (Post in any dialog, a comment's send button),
   * 'stage' for a Page's "Next" (the real post comes one dialog later), else null.
   */
  postActionOf(el) {
    if (el.matches(NEXT) && closestComposed(el, DIALOG)) return 'stage';
    if (el.matches(POST) && closestComposed(el, DIALOG)) return 'post';
    if (el.matches(COMMENT_SEND)) return 'post';
    return null;
  },

  postButtonOf(editor, scope) {
    if (!scope) return null;
    const kind = this.kindOf(editor);
    if (kind === 'message') return null; // Messenger sends on Enter
    return scope.querySelector(kind === 'post' ? POST : COMMENT_SEND);
  },

  /** Comments and Messenger send on Enter (Shift+Enter is a new line); Ctrl/Cmd+Enter too. */
  isSubmitKey(e, editor) {
    if (isModEnter(e)) return true;
    return this.kindOf(editor) !== 'post' && isPlainEnter(e);
  },

  /** Comment and Messenger rows end with their send controls: the badge measures the whole row. */
  badgeAnchor(editor) {
    if (this.kindOf(editor) !== 'post') return closestComposed(editor, 'form') || this.scopeOf(editor) || editor;
    return editor.parentElement || editor;
  },

  draftId(editor) {
    return `${location.pathname}|${this.kindOf(editor)}|${editor.getAttribute('aria-label') || ''}`;
  },

  /** Selector counts for the local diagnostic (no text). */
  probes() {
    const probe = (name, selector) => ({ name, selector, count: countMatches(selector) });
    return [
      probe('lexical-editor', EDITOR),
      probe('lexical-marker', '[data-lexical-editor="true"]'),
      probe('dialog-editor', `${DIALOG} ${EDITOR}`),
      probe('post-button', `${DIALOG} :is(${POST})`),
      probe('next-button', `${DIALOG} :is(${NEXT})`),
      probe('comment-send', COMMENT_SEND),
      probe('check-in', CHECK_IN),
    ];
  },
};
