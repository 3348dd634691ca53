// X / Twitter adapter: every selector and quirk for x.com and twitter.com in one place.
// Editor: Draft.js. The contenteditable carries the data-testid (`tweetTextarea_N`, DMs
// `dmComposerTextInput`); text lives in `span[data-text="true"]`; empty blocks hold a
// `<br data-text="true">`. Post buttons: `tweetButton` (dialog/reply), `tweetButtonInline`
// (home timeline), `dmComposerSendButton`. Location: the `geoButton` in the `toolBar` opens a
// picker; an attached place shows as a chip `geoPlaceChip` (+ `geoPlaceName`) in the composer.
// Account: the side-nav account switcher shows the active "@handle".

import { closestComposed, closestContaining, cleanText, isModEnter } from './dom.js';

const EDITOR = [
  '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  '[data-testid^="tweetTextarea_"] [contenteditable="true"]',
  '[data-testid="dmComposerTextInput"][contenteditable="true"]',
  '[data-testid="dmComposerTextInput"] [contenteditable="true"]',
].join(', ');
const POST_BUTTON = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"], [data-testid="dmComposerSendButton"]';
const SCOPE = '[data-testid="tweetComposer"], [data-testid="dmComposer"], [role="dialog"]';
const ACCOUNT = '[data-testid="SideNav_AccountSwitcher_Button"]';
const PLACE_CHIP = '[data-testid="geoPlaceChip"]';
const PLACE_NAME = '[data-testid="geoPlaceName"]';

export const x = {
  id: 'x',
  editorSelector: EDITOR,
  postButtonSelector: POST_BUTTON,

  /** Open shadow roots to search besides the document (none on X). */
  shadowRoots() {
    return [];
  },

  /** The composer's container: holds its toolbar, location chip and post button. */
  scopeOf(editor) {
    return closestContaining(editor, POST_BUTTON) || closestComposed(editor, SCOPE) || editor.parentElement;
  },

  /** Whether this editor is a direct-message composer (Enter sends). */
  isDirectMessage(editor) {
    return !!closestComposed(editor, '[data-testid="dmComposerTextInput"]');
  },

  /** Element whose subtree changes when the account changes (observed), or null. */
  accountRoot() {
    const btn = document.querySelector(ACCOUNT);
    return btn ? btn.parentElement : null;
  },

  /** The posting account ("@handle") from the account switcher, or null. */
  readAccount() {
    const btn = document.querySelector(ACCOUNT);
    const m = cleanText(btn).match(/@([A-Za-z0-9_]{1,15})/);
    return m ? `@${m[1]}` : null;
  },

  /** The place attached to the post, or null. */
  readLocation(editor, scope) {
    if (this.isDirectMessage(editor)) return null;
    const chip = scope && scope.querySelector(PLACE_CHIP);
    if (!chip) return null;
    return cleanText(chip.querySelector(PLACE_NAME)) || cleanText(chip) || '?';
  },

  /** The post button of this composer, or null. */
  postButtonOf(editor, scope) {
    return scope ? scope.querySelector(POST_BUTTON) : null;
  },

  /** Whether a keydown in this editor submits the post. */
  isSubmitKey(e, editor) {
    if (isModEnter(e)) return true;
    return this.isDirectMessage(editor) && e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && !e.isComposing;
  },

  /** Element the badge is anchored to. */
  badgeAnchor(editor) {
    return closestComposed(editor, '[data-testid$="RichTextInputContainer"]') || editor;
  },

  /** Identity of the draft (for "Ignore once"). */
  draftId(editor) {
    return `${location.pathname}|${editor.getAttribute('data-testid') || ''}`;
  },
};
