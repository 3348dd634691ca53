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
  editorSelector: EDITOR,
  postButtonSelector: null,

  shadowRoots() {
    return [];
  },

  scopeOf(editor) {
    return editor.parentElement || editor;
  },

  readAccount() {
    return null;
  },

  readLocation() {
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
};
