// The review reminder on the toolbar button: the guides warn that platforms change privacy
// settings without notice (004 "Confidentialité"), so when the last full review of the account
// settings is older than `reviewIntervalDays` (default 90) — or never happened — the badge shows
// "!" and the button's title says why. No `alarms` permission: the state is recomputed whenever
// the background starts (it starts with the browser and whenever a content script talks to it)
// and whenever the settings or the checklist change.

import { extApi, loadSettings } from '../shared/settings.js';
import { loadChecklistState, reviewDue, CHECKLIST_KEY } from '../shared/checklist-state.js';

const BADGE_COLOR = '#8a4b00'; // dark amber, white text: contrast 6.5:1

/**
 * Recompute the badge now.
 * @param {Date} [now]
 * @returns {Promise<boolean>} whether the reminder is shown
 */
export async function updateReviewBadge(now = new Date()) {
  const api = extApi();
  const action = api.action ?? api.browserAction;
  if (!action) return false;
  const [settings, state] = await Promise.all([loadSettings(), loadChecklistState()]);
  const due = reviewDue(state, settings.reviewIntervalDays, now);
  await action.setBadgeText({ text: due ? '!' : '' });
  if (due) {
    await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    if (action.setBadgeTextColor) await action.setBadgeTextColor({ color: '#ffffff' }).catch(() => {});
  }
  const name = api.i18n.getMessage('common_extName') || 'Réserve';
  const why = due ? api.i18n.getMessage('popup_badgeReviewDue') : '';
  await action.setTitle({ title: why ? `${name} — ${why}` : name });
  return due;
}

/** Start watching: on load, on browser start-up and on storage changes. */
export function startReviewReminder() {
  const api = extApi();
  const run = () => updateReviewBadge().catch((e) => console.error('Réserve: review badge', e));
  api.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' && CHECKLIST_KEY in changes) || (area === 'sync' && 'settings' in changes) || area === 'managed') run();
  });
  api.runtime.onStartup?.addListener(run);
  run();
}

startReviewReminder();
