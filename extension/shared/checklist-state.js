/**
 * Checklist ticks and review dates in `storage.local` key `checklist` (schema version 1):
 *   { schemaVersion: 1, ticked: {'x.mfa': ISO time}, lastReview: {x: ISO time}, lastFullReview: ISO time | null }
 * A platform's review is recorded when the user confirms all its items; `lastFullReview` is the
 * latest such confirmation and drives the review reminder. Corrupt values are repaired with a
 * backup and a notice, like settings.
 */
import { validateChecklistState, isReviewDue } from './settings-core.js';
import { checklistKeys, CHECKLIST_ITEMS } from './checklist.js';
import { extApi, reportRepair, backupValue } from './settings.js';

/** Storage key of the checklist state. */
export const CHECKLIST_KEY = 'checklist';

/**
 * The validated checklist state (repaired in place if needed).
 * @returns {Promise<object>}
 */
export async function loadChecklistState() {
  const local = extApi().storage.local;
  const raw = (await local.get(CHECKLIST_KEY))[CHECKLIST_KEY];
  const { state, problems } = validateChecklistState(raw, checklistKeys());
  if (problems.length) {
    // An unknown item id from an older checklist is not worth a notice: just drop it quietly.
    const serious = problems.filter((p) => !(p.code === 'unknown' && p.path.startsWith('ticked.')));
    if (serious.length) await reportRepair('checklist', raw, serious);
    else await backupValue('checklist', raw);
    await local.set({ [CHECKLIST_KEY]: state });
  }
  return state;
}

async function update(fn) {
  const state = await loadChecklistState();
  fn(state);
  await extApi().storage.local.set({ [CHECKLIST_KEY]: state });
  return state;
}

/**
 * Tick or untick one item.
 * @param {string} platform
 * @param {string} itemId
 * @param {boolean} ticked
 * @param {Date} [now]
 * @returns {Promise<object>} new state
 */
export function setTicked(platform, itemId, ticked, now = new Date()) {
  return update((s) => {
    const key = `${platform}.${itemId}`;
    if (ticked) s.ticked[key] = now.toISOString();
    else delete s.ticked[key];
  });
}

/**
 * Record that every item of a platform was reviewed now (ticks all its items).
 * @param {string} platform
 * @param {Date} [now]
 * @returns {Promise<object>} new state
 */
export function markReviewed(platform, now = new Date()) {
  return update((s) => {
    const iso = now.toISOString();
    for (const item of CHECKLIST_ITEMS) s.ticked[`${platform}.${item.id}`] = iso;
    s.lastReview[platform] = iso;
    s.lastFullReview = iso;
  });
}

/**
 * Whether the review reminder is due for this state and interval.
 * @param {object} state
 * @param {number} intervalDays
 * @param {Date} [now]
 * @returns {boolean}
 */
export function reviewDue(state, intervalDays, now = new Date()) {
  return isReviewDue(state.lastFullReview, intervalDays, now);
}
