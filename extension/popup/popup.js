// The toolbar popup: review reminder, this tab (status, findings, pause), and the per-platform
// account-settings checklist. Plain DOM, no innerHTML.

import {
  extApi, loadSettings, setPausedOn, isPausedOn, getStorageNotices, isLocked,
} from '../shared/settings.js';
import { daysSince } from '../shared/settings-core.js';
import {
  CHECKLIST_ITEMS, PLATFORM_NAMES, orderedPlatforms, progressOf, itemText,
} from '../shared/checklist.js';
import { loadChecklistState, setTicked, markReviewed, reviewDue } from '../shared/checklist-state.js';
import { t, el, clear, localizePage, formatDate, pageLang } from '../shared/page.js';

const api = extApi();
const $ = (id) => document.getElementById(id);

/** Hosts where the manifest's content script runs, by platform. */
const PLATFORM_HOSTS = {
  x: /(^|\.)(x\.com|twitter\.com)$/,
  facebook: /(^|\.)facebook\.com$/,
  linkedin: /(^|\.)linkedin\.com$/,
};

/**
 * The platform id of a hostname, or null.
 * @param {string} host
 * @returns {string|null}
 */
export function platformOfHost(host) {
  for (const [p, re] of Object.entries(PLATFORM_HOSTS)) if (re.test(host)) return p;
  return null;
}

let settings;
let state;
let tabInfo;
let selectedPlatform;

/** The tab the popup is about: the active tab, or (when this page is itself a tab) the last one used before it. */
async function findTargetTab() {
  const current = await api.tabs.getCurrent?.().catch(() => undefined);
  if (current) document.body.classList.add('in-tab');
  const tabs = await api.tabs.query({ currentWindow: true });
  if (!current) return tabs.find((tb) => tb.active) || null;
  const others = tabs.filter((tb) => tb.id !== current.id);
  others.sort((a, b) => (b.lastAccessed || 0) - (a.lastAccessed || 0));
  return others[0] || null;
}

async function loadTabInfo() {
  const tab = await findTargetTab().catch(() => null);
  const info = { tabId: tab?.id ?? null, host: '', site: '', platform: null, count: null, reported: false };
  if (tab?.url) {
    try {
      const u = new URL(tab.url);
      if (u.protocol === 'https:' || u.protocol === 'http:') info.host = u.hostname;
    } catch { /* not a web page */ }
  }
  if (info.tabId !== null) {
    try {
      const res = await api.runtime.sendMessage({ type: 'reserve:tab-findings', tabId: info.tabId });
      if (res && !res.error && res.site) {
        info.reported = true;
        info.count = Number(res.count) || 0;
        info.site = String(res.site);
        info.coverage = res.coverage || null;
      }
    } catch { /* background not ready: no count */ }
  }
  info.platform = platformOfHost(info.host) || (PLATFORM_HOSTS[info.site] ? info.site : null);
  if (!info.site) info.site = info.platform || info.host;
  return info;
}

function renderNotices(notices) {
  const box = $('notices');
  clear(box);
  if (!notices.length) return;
  box.append(el('div', { class: 'notice', attrs: { role: 'status' } },
    el('h2', { text: t('popup_noticeTitle') }),
    el('p', { text: t('popup_noticeBody') }),
    el('button', { type: 'button', class: 'link', text: t('popup_noticeOpen'), on: { click: openOptions } })));
}

function renderReview() {
  const body = $('review-body');
  clear(body);
  const interval = settings.reviewIntervalDays;
  const due = reviewDue(state, interval);
  $('review').classList.toggle('due', due);
  const last = state.lastFullReview;
  if (due) {
    body.append(el('p', { id: 'review-due', text: last
      ? t('popup_reviewDueOld', String(daysSince(last)), formatDate(last))
      : t('popup_reviewDueNever') }));
    body.append(el('p', { class: 'small cite', text: t('popup_reviewWhy') }));
  } else {
    const left = Math.max(0, interval - daysSince(last));
    body.append(el('p', { id: 'review-ok', text: t('popup_reviewLast', formatDate(last)) }));
    body.append(el('p', { class: 'small muted', text: t('popup_reviewNext', String(left)) }));
  }
}

function profileName(id) {
  return t(`options_profile_${id.replace(/-/g, '_')}`);
}

function renderThisTab() {
  const body = $('tab-body');
  clear(body);
  const { site, platform, count, reported } = tabInfo;
  const known = Boolean(platform) || reported;
  if (site) body.append(el('p', { class: 'site' }, el('strong', { text: platform ? PLATFORM_NAMES[platform] : site })));
  if (!known) {
    body.append(el('p', { class: 'status', id: 'tab-status', text: t('popup_tabInactive') }));
    body.append(el('p', { class: 'small muted', text: t('popup_tabInactiveHelp') }));
  } else {
    const paused = isPausedOn(settings, site);
    body.append(el('p', {
      class: `status ${paused ? 'paused' : 'on'}`, id: 'tab-status',
      text: paused ? t('popup_tabPaused') : t('popup_tabActive'),
    }));
    if (!paused) {
      body.append(el('p', { id: 'tab-findings' }, count === null || !reported
        ? t('popup_findingsUnknown')
        : [el('span', { class: 'findings-count', text: String(count) }), ' ', count === 1 ? t('popup_findingsOne') : t('popup_findingsMany')]));
    }
    if (!paused) renderSelfCheck(body, tabInfo.coverage);
    const sw = el('button', {
      type: 'button', class: 'switch', id: 'pause-switch',
      attrs: { role: 'switch', 'aria-checked': String(paused), 'aria-labelledby': 'pause-label' },
      on: {
        click: async () => {
          sw.disabled = true;
          settings = await setPausedOn(site, !paused);
          renderThisTab();
          $('pause-switch')?.focus();
        },
      },
    });
    body.append(el('div', { class: 'row' }, el('span', { id: 'pause-label', text: t('popup_pauseHere', platform ? PLATFORM_NAMES[platform] : site) }), sw));
  }
  const profileRow = el('p', { class: 'small', id: 'tab-profile' }, t('popup_profile', profileName(settings.profile)));
  if (isLocked(settings, 'profile')) profileRow.append(' ', el('span', { class: 'lock', text: t('popup_setByOrg') }));
  body.append(profileRow);
}

/**
 * The self-check: how many composers Réserve watches on the tab, and a flag when a text box of
 * a known editor was focused that no site adapter recognised (the site probably changed).
 * @param {HTMLElement} body
 * @param {{watched: number, kinds: {post: number, comment: number, message: number}, unrecognised: boolean}|null} coverage
 */
function renderSelfCheck(body, coverage) {
  if (!coverage) return;
  const { watched, kinds, unrecognised } = coverage;
  const parts = [];
  for (const k of ['post', 'comment', 'message']) {
    if (kinds[k]) parts.push(t(kinds[k] === 1 ? `popup_kind_${k}_one` : `popup_kind_${k}_many`, String(kinds[k])));
  }
  body.append(el('p', {
    id: 'tab-watched', class: 'small',
    text: watched ? t('popup_watching', parts.join(', ')) : t('popup_watchingNone'),
  }));
  if (unrecognised) {
    body.append(el('p', { id: 'tab-unrecognised', class: 'notice small', attrs: { role: 'status' } },
      el('strong', { text: t('popup_unrecognised') }), ' ', t('popup_unrecognisedHelp')));
  }
}

function renderTabs() {
  const platforms = orderedPlatforms(tabInfo.platform);
  if (!selectedPlatform) selectedPlatform = platforms[0];
  const list = $('platform-tabs');
  const panels = $('platform-panels');
  clear(list);
  clear(panels);
  for (const p of platforms) {
    const { done, total } = progressOf(state, p);
    const selected = p === selectedPlatform;
    const tab = el('button', {
      type: 'button', id: `tab-${p}`,
      attrs: { role: 'tab', 'aria-selected': String(selected), 'aria-controls': `panel-${p}`, tabindex: selected ? '0' : '-1' },
      on: { click: () => selectPlatform(p, true), keydown: (e) => onTabKey(e, platforms, p) },
    }, el('span', { text: PLATFORM_NAMES[p] }), el('span', { class: 'count', text: t('popup_progressShort', String(done), String(total)) }));
    list.append(tab);
    const panel = el('div', { id: `panel-${p}`, attrs: { role: 'tabpanel', 'aria-labelledby': `tab-${p}`, tabindex: '0' }, hidden: !selected });
    if (selected) fillPanel(panel, p);
    panels.append(panel);
  }
}

function selectPlatform(p, focus) {
  selectedPlatform = p;
  renderTabs();
  if (focus) $(`tab-${p}`).focus();
}

function onTabKey(e, platforms, p) {
  const i = platforms.indexOf(p);
  let next = null;
  if (e.key === 'ArrowRight') next = platforms[(i + 1) % platforms.length];
  else if (e.key === 'ArrowLeft') next = platforms[(i - 1 + platforms.length) % platforms.length];
  else if (e.key === 'Home') [next] = platforms;
  else if (e.key === 'End') next = platforms[platforms.length - 1];
  if (next) { e.preventDefault(); selectPlatform(next, true); }
}

function fillPanel(panel, p) {
  const lang = pageLang();
  const { done, total } = progressOf(state, p);
  const pct = Math.round((done / total) * 100);
  panel.append(el('div', { class: 'progress-row' },
    el('div', {
      class: 'progress',
      attrs: { role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(total), 'aria-valuenow': String(done), 'aria-label': t('popup_progressLabel', PLATFORM_NAMES[p]) },
    }, el('span', { attrs: { style: `width: ${pct}%` } })),
    el('span', { class: 'label', text: t('popup_progress', String(done), String(total)) })));

  const ul = el('ul', { class: 'items' });
  for (const item of CHECKLIST_ITEMS) {
    const key = `${p}.${item.id}`;
    const ticked = Boolean(state.ticked[key]);
    const text = itemText(item, lang);
    const id = `cb-${p}-${item.id}`;
    const link = item.links[p];
    const cb = el('input', {
      type: 'checkbox', id, checked: ticked,
      attrs: { 'aria-describedby': `why-${p}-${item.id}` },
      on: { change: () => onTick(p, item.id, cb.checked, id) },
    });
    ul.append(el('li', { class: `item${ticked ? ' done' : ''}`, dataset: { item: key } },
      el('div', { class: 'item-head' }, cb, el('label', { attrs: { for: id }, text: text.title })),
      el('div', { class: 'item-tools' },
        link
          ? el('a', {
            href: link, class: 'open-setting', target: '_blank', rel: 'noopener noreferrer',
            text: t('popup_openSetting'),
            attrs: { 'aria-label': t('popup_openSettingLabel', text.title, PLATFORM_NAMES[p]) },
            on: { click: (e) => { e.preventDefault(); openLink(link); } },
          })
          : null,
        el('details', {},
          el('summary', { text: t('popup_why') }),
          el('p', { id: `why-${p}-${item.id}`, text: text.why }),
          el('p', { class: 'cite', text: `${t('popup_source')} ${text.sources.map((s) => `${s.title}, « ${s.section} » (${s.file.slice(0, 3)})`).join(' ; ')}` })))));
  }
  panel.append(ul);

  const all = done === total;
  const foot = el('div', { class: 'panel-foot' });
  const last = state.lastReview[p];
  foot.append(el('p', { class: 'small muted', text: last ? t('popup_platformReviewed', PLATFORM_NAMES[p], formatDate(last)) : t('popup_platformNeverReviewed', PLATFORM_NAMES[p]) }));
  const btn = el('button', {
    type: 'button', class: all ? 'primary' : '', id: `confirm-${p}`, disabled: !all,
    text: t('popup_confirmReview'),
    attrs: { 'aria-describedby': all ? null : `confirm-help-${p}` },
    on: { click: async () => { state = await markReviewed(p); renderAll(); $(`confirm-${p}`)?.focus(); } },
  });
  foot.append(btn);
  if (!all) foot.append(el('p', { class: 'small muted', id: `confirm-help-${p}`, text: t('popup_confirmHelp') }));
  panel.append(foot);
}

async function onTick(platform, itemId, ticked, focusId) {
  state = await setTicked(platform, itemId, ticked);
  const { done, total } = progressOf(state, platform);
  if (ticked && done === total) state = await markReviewed(platform);
  renderAll();
  document.getElementById(focusId)?.focus();
}

function openLink(url) {
  // The user's own navigation: a new tab on the platform's settings page.
  api.tabs.create({ url }).then(() => { if (!document.body.classList.contains('in-tab')) window.close(); });
}

function openLearn() {
  api.tabs.create({ url: api.runtime.getURL('learn/learn.html') })
    .then(() => { if (!document.body.classList.contains('in-tab')) window.close(); });
}

function openOptions() {
  api.runtime.openOptionsPage().then(() => { if (!document.body.classList.contains('in-tab')) window.close(); });
}

function renderAll() {
  renderReview();
  renderThisTab();
  renderTabs();
}

async function main() {
  localizePage();
  $('open-options').addEventListener('click', openOptions);
  $('open-learn').addEventListener('click', openLearn);
  [settings, state, tabInfo] = await Promise.all([loadSettings(), loadChecklistState(), loadTabInfo()]);
  renderNotices(await getStorageNotices());
  renderAll();
  $('main').setAttribute('aria-busy', 'false');
  document.body.dataset.ready = 'true';
}

main().catch((e) => {
  console.error('Réserve popup', e);
  $('main').prepend(el('p', { class: 'notice error', attrs: { role: 'alert' }, text: `${t('popup_error')} ${e?.message || e}` }));
  document.body.dataset.ready = 'error';
});
