// Generic adapter, for sites the user enabled from the popup: any visible `textarea`,
// `contenteditable` or `role=textbox`. No account, no location, no known post button: the
// pause-before-post check is not offered here (we cannot know which button posts).

const EDITOR = [
  'textarea:not([readonly]):not([disabled])',
  '[contenteditable="true"]:not([contenteditable="true"] [contenteditable="true"])',
  '[contenteditable="plaintext-only"]',
  '[role="textbox"][contenteditable]',
].join(', ');

export const generic = {
  id: 'generic',
  /** Date the selectors were last reviewed. */
  version: '2026-12-07',
  editorSelector: EDITOR,

  shadowRoots() {
    return [];
  },

  scopeOf(editor) {
    return editor.parentElement || editor;
  },

  kindOf() {
    return 'post';
  },

  readAccount() {
    return null;
  },

  readLocation() {
    return null;
  },

  /** No known post control on an arbitrary site. */
  postActionOf() {
    return null;
  },

  postButtonOf() {
    return null;
  },

  isSubmitKey() {
    return false;
  },

  badgeAnchor(editor) {
    return editor;
  },

  draftId(editor) {
    return `${location.pathname}|${editor.id || editor.getAttribute('name') || editor.tagName}`;
  },

  /** Nothing site-specific to count. */
  probes() {
    return [];
  },
};
