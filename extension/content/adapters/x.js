// X / Twitter adapter: every selector and quirk for x.com and twitter.com in one place.
//
// Evidence (public code read on 2026-12-07 through the public-code index; "excerpt" = the
// index's excerpt id when the index did not name the repository):
// - Draft.js composer `[data-testid="tweetTextarea_0"]` (contenteditable, role=textbox) in
//   `tweetTextarea_0RichTextInputContainer`, post buttons `tweetButton` (modal) and
//   `tweetButtonInline`: nirholas/XActions src/createPoll.js ("Last Updated 24 February
//   2026"), kimtrongdev/scripts ex/x_scripts/comment_x.js, a selector reference "captured
//   from x.com/compose/post on Jan 16, 2026" (excerpt in the same index), and x.com's own
//   web bundle archived in DzikStar/X-SCRAPER client-web/bundle/Compose*.js.
// - Location: `[data-testid="geoButton"]` with aria-label "Tag location" in
//   `[data-testid="toolBar"]`: excerpts 16294796992, 27483469336, 56216260708 (2026 X
//   automation and theming tools). The TAGGED place, from x.com's own bundle archived in
//   DzikStar/X-SCRAPER client-web/shared/bundle/Compose/bundle/RichTextCompose-a2dee9c7.js
//   (commit of 2025-06-25): `_renderTaggedLocation` renders a Button with the pin icon, no
//   testID and no aria-label, whose label is `place.full_name` and which reopens the picker; it
//   sits in the controls container next to the reply-audience control; `_renderGeoButton`
//   swaps the geo button's icon for that same (filled) pin while a place is tagged. Silent
//   re-attach: client-web/bundle/Compose-e4e3d8bb.js (2025-07-01) keeps the last place
//   (`updateLastSelectedPlace`, `shouldAutoTagLocation`, `autotaggedLocation`).
// - X Chat: `textarea[data-testid="dm-composer-textarea"]` inside
//   `[data-testid="dm-composer-form"]`, send `[data-testid="dm-composer-send-button"]` (shown
//   only once there is text): excerpts 53530814133, 37384142055, 62636216549, 71333069244,
//   11023237951 (2025–2026 DM automations and a Chrome extension). The older
//   `dmComposerTextInput` / `dmComposerSendButton` still appear next to them in the same
//   scripts (excerpts 71589892421, 60169857325, 58168197204).
// - Account: `SideNav_AccountSwitcher_Button` holding `[data-testid^="UserAvatar-Container-"]`
//   whose test id ends with the handle: excerpts 10885546522, 56736918622 (2026-05-20 note),
//   68768576497.
// `tweetComposer`, `dmComposer`, `geoPlaceChip` and `geoPlaceName` were never seen in public
// code and are not used.

import { closestComposed, closestContaining, cleanText, isModEnter, isPlainEnter, precedes, countMatches } from './dom.js';

const EDITOR = [
  '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  '[data-testid^="tweetTextarea_"] [contenteditable="true"]',
  '[data-testid="dmComposerTextInput"][contenteditable="true"]',
  '[data-testid="dmComposerTextInput"] [contenteditable="true"]',
  'textarea[data-testid="dm-composer-textarea"]',
  // Draft.js's own marker: on x.com every Draft editor is a composer.
  '.DraftEditor-root .public-DraftEditor-content[contenteditable="true"]',
].join(', ');
const POST_BUTTON = [
  '[data-testid="tweetButton"]',
  '[data-testid="tweetButtonInline"]',
  '[data-testid="dmComposerSendButton"]',
  '[data-testid="dm-composer-send-button"]',
].join(', ');
const DM_EDITOR = '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"]';
const DM_FORM = '[data-testid="dm-composer-form"]';
const TOOLBAR = '[data-testid="toolBar"]';
const GEO_BUTTON = '[data-testid="geoButton"]';
const ACCOUNT = '[data-testid="SideNav_AccountSwitcher_Button"]';
const AVATAR = '[data-testid^="UserAvatar-Container-"]';
/** Reply-audience control that also sits between editor and toolbar ("Everyone can reply"). */
const NOT_A_PLACE = /\bcan reply\b|\bpeu(?:t|vent) répondre\b|\bpeut y répondre\b/i;

export const x = {
  id: 'x',
  /** Date the selectors were last checked against public code. */
  version: '2026-12-07',
  editorSelector: EDITOR,

  /** Open shadow roots to search besides the document (none on X). */
  shadowRoots() {
    return [];
  },

  /** The composer's container: holds its toolbar, tagged place and post button. */
  scopeOf(editor) {
    return closestComposed(editor, DM_FORM)
      || closestContaining(editor, `${TOOLBAR}, ${POST_BUTTON}`)
      || closestComposed(editor, '[role="dialog"]')
      || editor.parentElement;
  },

  /** 'message' for direct messages (Enter sends), 'post' otherwise (posts and replies). */
  kindOf(editor) {
    return closestComposed(editor, `${DM_EDITOR}, ${DM_FORM}`) ? 'message' : 'post';
  },

  /** Element whose subtree changes when the account changes (observed), or null. */
  accountRoot() {
    const btn = document.querySelector(ACCOUNT);
    return btn ? btn.parentElement : null;
  },

  /** The posting account ("@handle"): the avatar's test id, else the switcher's text. */
  readAccount() {
    const btn = document.querySelector(ACCOUNT);
    if (!btn) return null;
    const avatar = btn.querySelector(AVATAR);
    const id = avatar && avatar.getAttribute('data-testid').slice('UserAvatar-Container-'.length);
    if (id && /^[A-Za-z0-9_]{1,15}$/.test(id)) return `@${id}`;
    const m = cleanText(btn).match(/@([A-Za-z0-9_]{1,15})/);
    return m ? `@${m[1]}` : null;
  },

  /**
   * The place tagged on the post, or null. X shows it as a plain button (no test id, no
   * aria-label) in the composer whose text is the place's full name and whose icon is the
   * filled pin the geo button then shows too; only composers whose toolbar has the geo button
   * can carry one. Read at every analysis and again when the post button is used, so a place X
   * re-attached silently is seen too.
   */
  readLocation(editor, scope) {
    if (!scope || this.kindOf(editor) === 'message') return null;
    const toolbar = scope.querySelector(TOOLBAR);
    const geo = toolbar && toolbar.querySelector(GEO_BUTTON);
    if (!geo) return null;
    const geoPin = geo.querySelector('path');
    const pin = geoPin && geoPin.getAttribute('d');
    for (const el of scope.querySelectorAll('button, [role="button"]')) {
      if (toolbar.contains(el) || el.contains(editor) || editor.contains(el)) continue;
      if (el.hasAttribute('data-testid') || el.querySelector('[data-testid]')) continue;
      if (el.hasAttribute('aria-label') || el.hasAttribute('aria-haspopup')) continue;
      if (pin) {
        // The tagged place carries the geo button's (filled) pin.
        const icon = el.querySelector('path');
        if (!icon || icon.getAttribute('d') !== pin) continue;
      } else if (!precedes(editor, el) || !precedes(el, toolbar)) {
        continue;
      }
      const name = cleanText(el);
      if (name && !NOT_A_PLACE.test(name)) return name;
    }
    return null;
  },

  /** 'post' when `el` is a control that posts or sends (X has no two-stage post). */
  postActionOf(el) {
    return el.matches(POST_BUTTON) ? 'post' : null;
  },

  /** The post button of this composer, or null (X Chat shows its send button only with text). */
  postButtonOf(editor, scope) {
    return scope ? scope.querySelector(POST_BUTTON) : null;
  },

  /** Whether a keydown in this editor submits: Ctrl/Cmd+Enter, and Enter in messages. */
  isSubmitKey(e, editor) {
    if (isModEnter(e)) return true;
    return this.kindOf(editor) === 'message' && isPlainEnter(e);
  },

  /** Element the badge is anchored to. */
  badgeAnchor(editor) {
    return closestComposed(editor, '[data-testid$="RichTextInputContainer"]') || editor;
  },

  /** Identity of the draft (for "Ignore once"). */
  draftId(editor) {
    return `${location.pathname}|${editor.getAttribute('data-testid') || ''}`;
  },

  /** Selector counts for the local diagnostic (no text). */
  probes() {
    const probe = (name, selector) => ({ name, selector, count: countMatches(selector) });
    return [
      probe('draft-composer', '[data-testid^="tweetTextarea_"]'),
      probe('draft-marker', '.public-DraftEditor-content'),
      probe('chat-textarea', 'textarea[data-testid="dm-composer-textarea"]'),
      probe('chat-send', '[data-testid="dm-composer-send-button"]'),
      probe('dm-legacy', '[data-testid="dmComposerTextInput"]'),
      probe('post-buttons', POST_BUTTON),
      probe('toolbar', TOOLBAR),
      probe('geo-button', GEO_BUTTON),
      probe('account-switcher', ACCOUNT),
      probe('account-avatar', `${ACCOUNT} ${AVATAR}`),
    ];
  },
};
