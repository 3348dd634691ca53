// Facebook adapter: every selector and quirk for facebook.com in one place.
// Editor: Lexical (`div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]`),
// in the "Create post" `[role="dialog"]` and in comment boxes. Lexical removes any node it did
// not create, so nothing may be added inside. Post button: a `div[role="button"]` labelled
// "Post"/"Publier" in the dialog; comments submit with Enter. Check-in: the header line shows
// "— at <place>" once a place is attached. Identity: the name in the dialog header (profile or
// a Page the user manages).

import { closestComposed, closestContaining, cleanText, isModEnter } from './dom.js';

const EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
const POST_BUTTON = [
  '[data-testid="composerPostButton"]',
  '[role="dialog"] div[role="button"][aria-label="Post"]',
  '[role="dialog"] div[role="button"][aria-label="Publier"]',
  '[data-testid="commentSubmit"]',
].join(', ');
const CHECKIN = '[data-testid="composerCheckin"]';
const IDENTITY = '[data-testid="composerIdentityName"]';

export const facebook = {
  id: 'facebook',
  editorSelector: EDITOR,
  postButtonSelector: POST_BUTTON,

  shadowRoots() {
    return [];
  },

  scopeOf(editor) {
    return closestComposed(editor, '[role="dialog"]') || closestContaining(editor, POST_BUTTON) || editor.parentElement;
  },

  /** Comments (outside the post dialog) submit on Enter. */
  isComment(editor) {
    return !closestComposed(editor, '[role="dialog"]');
  },

  /** The posting identity (profile or Page name) shown in the dialog header, or null. */
  readAccount(editor, scope) {
    const el = (scope && scope.querySelector(IDENTITY)) || null;
    return cleanText(el) || null;
  },

  readLocation(editor, scope) {
    if (this.isComment(editor)) return null;
    const chip = scope && scope.querySelector(CHECKIN);
    if (!chip) return null;
    return chip.getAttribute('data-place-name') || cleanText(chip.querySelector('a')) || '?';
  },

  postButtonOf(editor, scope) {
    return scope ? scope.querySelector(POST_BUTTON) : null;
  },

  isSubmitKey(e, editor) {
    if (isModEnter(e)) return true;
    return this.isComment(editor) && e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && !e.isComposing;
  },

  badgeAnchor(editor) {
    return editor.parentElement || editor;
  },

  draftId(editor) {
    return `${location.pathname}|${this.isComment(editor) ? 'comment' : 'post'}|${editor.getAttribute('aria-label') || ''}`;
  },
};
