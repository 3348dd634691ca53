// LinkedIn adapter: every selector and quirk for linkedin.com in one place.
//
// Evidence (public code read on 2026-12-07 through the public-code index; "excerpt" = the
// index's excerpt id when the index did not name the repository):
// - Classic share box: Quill `.ql-editor` / `[role="textbox"]` ("Text editor for creating
//   content") in `.share-box-v2__modal` / `[data-test-modal-id="sharebox"]`, inside the OPEN
//   shadow root of `#interop-outlet`; post button `.share-actions__primary-action`: excerpt
//   65885527605 (a 2026 cross-posting extension handling both share boxes), 9099791391.
// - Identity: `.share-unified-settings-entry-button`, first line = author (person or company
//   Page): excerpt 71160154621 (a selector table marked "verified", names of people and
//   companies), 59825314415, 42656858795; its author in
//   `.artdeco-entity-lockup__title` (excerpt 65934395969, an extension reading the author of
//   the share box's header lockup).
// - New share box (SDUI, rolling out): a native `<dialog>` rendering
//   `[data-sdui-screen*="sharing.ShareCompose"]`, Tiptap/ProseMirror editor keyed
//   `[componentkey="ShareBox_textEditor"]` (on the editor or a wrapper), hashed classes, the
//   post button the dialog's only text-only `<button>`: excerpts 65885527605, 66417084740,
//   70079377301 ("Oct 2026"), 70381226000. Its author button ("<Name> Post to Anyone"):
//   excerpts 70227488644, 70115119946 (2026-10-09, other locales).
// - New comments: Tiptap `.tiptap.ProseMirror` under `[componentkey^="commentBox-"]`, submit
//   button whose componentkey contains `commentButtonSection`: excerpts 54026995221,
//   65771275756, 55801418074, 61559909178, 71192434450. Classic comments:
//   `.comments-comment-box__form .ql-editor`, `.comments-comment-box__submit-button`
//   (excerpt 65771275756).
// - Messaging: `.msg-form__contenteditable[contenteditable="true"]` and
//   `button.msg-form__send-button` (excerpts 71169960282, 60455938722, 62686995882); Enter
//   sends by default. Also under `#interop-outlet`.
// `sharebox-actor-name` was never seen in public code and is not used. No location picker.

import { closestComposed, closestContaining, cleanText, isModEnter, isPlainEnter, countMatches } from './dom.js';

const SDUI_DIALOG = 'dialog:has([data-sdui-screen*="sharing.ShareCompose"]), dialog:has([componentkey="ShareBox_textEditor"])';
const CLASSIC_MODAL = '[data-test-modal-id="sharebox"], .share-box-v2__modal';
const EDITOR = [
  '[data-test-modal-id="sharebox"] .ql-editor[contenteditable="true"]',
  '.share-creation-state__text-editor .ql-editor[contenteditable="true"]',
  '.comments-comment-box__form .ql-editor[contenteditable="true"]',
  '.ql-editor[contenteditable="true"][aria-label]',
  '[componentkey="ShareBox_textEditor"][contenteditable="true"]',
  '[componentkey="ShareBox_textEditor"] [contenteditable="true"]',
  '[componentkey^="commentBox-"] [contenteditable="true"][role="textbox"]',
  // LinkedIn uses Tiptap for posts, comments and messages: any ProseMirror here composes.
  '.ProseMirror[contenteditable="true"]',
  '.msg-form__contenteditable[contenteditable="true"]',
].join(', ');
const POST_BUTTON = [
  'button.share-actions__primary-action',
  'button[class*="comments-comment-box__submit-button"]',
  'button[componentkey*="commentButtonSection"]',
  '[componentkey*="commentButtonSection"] button',
  'button.msg-form__send-button',
].join(', ');
const OUTLET = '#interop-outlet, [data-testid="interop-shadowdom"]';
const COMMENT_BOX = '[componentkey^="commentBox-"], .comments-comment-box, .comments-comment-box__form';
const MESSAGE_FORM = '.msg-form';
const ACTOR_TITLE = '.share-unified-settings-entry-button .artdeco-entity-lockup__title';
const ACTOR_BUTTON = '.share-unified-settings-entry-button';

/** The text-only button of an SDUI share dialog (its post button), or null. */
function sduiPostButton(dialog) {
  const buttons = [...dialog.querySelectorAll('button')]
    .filter((b) => !b.querySelector('svg, img') && cleanText(b) && !b.closest('[contenteditable="true"]'));
  return buttons[buttons.length - 1] || null;
}

export const linkedin = {
  id: 'linkedin',
  /** Date the selectors were last checked against public code. */
  version: '2026-12-07',
  editorSelector: EDITOR,
  shadowHostSelector: OUTLET,

  /** The open shadow roots that may hold composers. */
  shadowRoots() {
    const roots = [];
    for (const host of document.querySelectorAll(OUTLET)) if (host.shadowRoot) roots.push(host.shadowRoot);
    return roots;
  },

  /** 'message' (messaging), 'comment' or 'post' (either share box). */
  kindOf(editor) {
    if (closestComposed(editor, MESSAGE_FORM) || editor.matches('.msg-form__contenteditable')) return 'message';
    if (closestComposed(editor, COMMENT_BOX)) return 'comment';
    return 'post';
  },

  scopeOf(editor) {
    return closestComposed(editor, CLASSIC_MODAL)
      || closestComposed(editor, 'dialog')
      || closestComposed(editor, `${MESSAGE_FORM}, ${COMMENT_BOX}`)
      || closestContaining(editor, POST_BUTTON)
      || editor.parentElement;
  },

  /** The person or organisation posting (either share box), or null for comments. */
  readAccount(editor, scope) {
    if (!scope || this.kindOf(editor) !== 'post') return null;
    const title = scope.querySelector(ACTOR_TITLE);
    if (title) return cleanText(title) || null;
    const classic = scope.querySelector(ACTOR_BUTTON);
    if (classic) return (classic.innerText || classic.textContent || '').split('\n').map((s) => s.trim()).find(Boolean) || null;
    if (scope.matches('dialog')) {
      // SDUI: the author button (avatar + name + audience) at the top of the dialog.
      const author = [...scope.querySelectorAll('button')].find((b) => b.querySelector('img') && b.querySelector('p'));
      if (author) return cleanText(author.querySelector('p')) || null;
    }
    return null;
  },

  readLocation() {
    return null;
  },

  /** 'post' when `el` posts, comments or sends (LinkedIn has no two-stage post). */
  postActionOf(el) {
    if (el.matches(POST_BUTTON)) return 'post';
    if (el.tagName === 'BUTTON') {
      const dialog = closestComposed(el, 'dialog');
      if (dialog && dialog.matches(SDUI_DIALOG) && sduiPostButton(dialog) === el) return 'post';
    }
    return null;
  },

  postButtonOf(editor, scope) {
    if (!scope) return null;
    return scope.querySelector(POST_BUTTON) || (scope.matches('dialog') ? sduiPostButton(scope) : null);
  },

  /** Ctrl/Cmd+Enter everywhere; Enter sends in messaging. */
  isSubmitKey(e, editor) {
    if (isModEnter(e)) return true;
    return this.kindOf(editor) === 'message' && isPlainEnter(e);
  },

  /** Comment rows end with their submit button: the badge measures the whole row. */
  badgeAnchor(editor) {
    return closestComposed(editor, '.share-creation-state__text-editor')
      || closestComposed(editor, COMMENT_BOX)
      || editor.parentElement || editor;
  },

  draftId(editor) {
    return `${location.pathname}|${this.kindOf(editor)}`;
  },

  /** Selector counts for the local diagnostic (no text). */
  probes() {
    const roots = this.shadowRoots();
    const probe = (name, selector) => ({ name, selector, count: countMatches(selector, roots) });
    return [
      probe('interop-outlet', OUTLET),
      probe('classic-sharebox', CLASSIC_MODAL),
      probe('quill-editor', '.ql-editor'),
      probe('sdui-sharebox', SDUI_DIALOG),
      probe('tiptap-editor', '.ProseMirror'),
      probe('comment-box', COMMENT_BOX),
      probe('message-form', '.msg-form__contenteditable'),
      probe('post-buttons', POST_BUTTON),
      probe('author', ACTOR_BUTTON),
    ];
  },
};
