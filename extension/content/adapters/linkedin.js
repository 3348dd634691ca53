// LinkedIn adapter: every selector and quirk for linkedin.com in one place.
// Share box: Quill, inside the OPEN shadow root of `#interop-outlet`
// (`[data-testid="interop-shadowdom"]`): `[data-test-modal-id="sharebox"]` → `.ql-editor`
// (aria-label "Text editor for creating content"); post button
// `button.share-actions__primary-action`. LinkedIn has switched the share box in and out of the
// shadow root, so the document is searched too. Feed comments: TipTap/ProseMirror
// (`.ProseMirror[contenteditable="true"]`) with `comments-comment-box__submit-button`.
// Identity: the actor button of the share box names the person or organisation posting.
// No location picker.

import { closestComposed, closestContaining, cleanText, isModEnter } from './dom.js';

const EDITOR = [
  '[data-test-modal-id="sharebox"] .ql-editor[contenteditable="true"]',
  '.ql-editor[contenteditable="true"][aria-label]',
  '.ProseMirror[contenteditable="true"]',
].join(', ');
const POST_BUTTON = [
  'button.share-actions__primary-action',
  'button[class*="comments-comment-box__submit-button"]',
].join(', ');
const OUTLET = '#interop-outlet, [data-testid="interop-shadowdom"]';
const ACTOR_NAME = '.share-unified-settings-entry-button__actor-name, [data-testid="sharebox-actor-name"]';

export const linkedin = {
  id: 'linkedin',
  editorSelector: EDITOR,
  postButtonSelector: POST_BUTTON,
  shadowHostSelector: OUTLET,

  /** The open shadow roots that may hold composers. */
  shadowRoots() {
    const roots = [];
    for (const host of document.querySelectorAll(OUTLET)) if (host.shadowRoot) roots.push(host.shadowRoot);
    return roots;
  },

  scopeOf(editor) {
    return closestComposed(editor, '[data-test-modal-id="sharebox"]')
      || closestContaining(editor, POST_BUTTON)
      || editor.parentElement;
  },

  /** The person or organisation posting (share box), or null for comments. */
  readAccount(editor, scope) {
    const el = scope && scope.querySelector(ACTOR_NAME);
    return cleanText(el) || null;
  },

  readLocation() {
    return null;
  },

  postButtonOf(editor, scope) {
    return scope ? scope.querySelector(POST_BUTTON) : null;
  },

  isSubmitKey(e) {
    return isModEnter(e);
  },

  badgeAnchor(editor) {
    return closestComposed(editor, '.share-creation-state__text-editor') || editor.parentElement || editor;
  },

  draftId(editor) {
    return `${location.pathname}|${closestComposed(editor, '[data-test-modal-id="sharebox"]') ? 'share' : 'comment'}`;
  },
};
