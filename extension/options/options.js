// The options page: everything the engine needs, organisation values shown locked, import and
// export, and the storage-repair notices. Every change is saved at once (status announced).

import {
  loadSettings, saveSettings, watchSettings, importSettings, exportSettings, getStorageNotices,
  dismissStorageNotices, getSettingsBackups, isLocked, lockedFields,
  electionPeriodAround, isInElectionPeriod, PROFILES, CATEGORIES, SEVERITIES, PLATFORMS, MODES,
} from '../shared/settings.js';
import { normalizeHandle, withOfficialAccount } from '../shared/settings-core.js';
import { PLATFORM_NAMES } from '../shared/checklist.js';
import { t, el, clear, localizePage, formatDate, pageLang } from '../shared/page.js';
import { problemText } from '../shared/problems.js';
import { loadRules } from '../shared/rules-catalog.js';
import { diagnosticSection } from './diagnostic.js';

const $ = (id) => document.getElementById(id);
let settings;
/** Rule id -> title in the page language, from the engine (null until loaded or if it failed). */
let ruleTitles = null;
/** A validation problem as a sentence in the page language. */
const describe = (p) => problemText(p, t);
/** Last rule un-ignored, for Undo. */
let lastRestoredRule = null;

const key = (s) => s.replace(/-/g, '_');

function lockBadge() {
  return el('span', { class: 'lock', text: t('options_setByOrg') });
}

function announce(text) {
  const s = $('save-status');
  s.textContent = '';
  // A fresh text node so screen readers repeat identical messages.
  requestAnimationFrame(() => { s.textContent = text; });
}

async function save(patch, focusId) {
  try {
    const before = settings.profile;
    settings = await saveSettings(patch);
    render();
    if (settings.profile !== before) refreshRuleTitles();
    announce(t('options_saved'));
  } catch (e) {
    render();
    const problems = e.problems ? e.problems.map(describe).join('; ') : String(e.message || e);
    announce(`${t('options_saveFailed')} ${problems}`);
  }
  if (focusId) $(focusId)?.focus();
}

function section(id, titleKey, helpKey, ...body) {
  const h = `${id}-h`;
  return el('section', { class: 'card', id, attrs: { 'aria-labelledby': h } },
    el('h2', { id: h, text: t(titleKey) }),
    helpKey ? el('p', { class: 'help', text: t(helpKey) }) : null,
    ...body);
}

// --- Profile -------------------------------------------------------------------------------------
function profileSection() {
  const locked = isLocked(settings, 'profile');
  const fs = el('fieldset', {}, el('legend', { class: 'visually-hidden', text: t('options_profileTitle') }));
  for (const p of PROFILES) {
    const id = `profile-${p}`;
    fs.append(el('div', { class: 'choice' },
      el('input', {
        type: 'radio', name: 'profile', id, value: p, checked: settings.profile === p, disabled: locked,
        attrs: { 'aria-describedby': `${id}-desc` },
        on: { change: () => save({ profile: p }, id) },
      }),
      el('label', { attrs: { for: id } }, t(`options_profile_${key(p)}`),
        el('span', { class: 'desc', id: `${id}-desc`, text: t(`options_profileDesc_${key(p)}`) }))));
  }
  const s = section('sec-profile', 'options_profileTitle', 'options_profileHelp', fs);
  if (locked) s.querySelector('h2').append(lockBadge());
  return s;
}

// --- Lists (employers, terms) -------------------------------------------------------------------
function listSection(field, titleKey, helpKey, inputLabelKey) {
  const inputId = `${field}-input`;
  const input = el('input', { type: 'text', id: inputId, autocomplete: 'off', maxLength: 200 });
  const add = () => {
    const v = input.value.trim();
    if (!v) { input.focus(); return; }
    save({ [field]: [...settings[field], v] }, inputId);
  };
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } });
  const ul = el('ul', { class: 'chips', attrs: { 'aria-label': t(titleKey) } });
  settings[field].forEach((v, i) => {
    const locked = isLocked(settings, field, v);
    ul.append(el('li', { class: locked ? 'locked' : '' },
      el('span', { text: v }),
      locked ? lockBadge() : el('button', {
        type: 'button', id: `${field}-rm-${i}`, text: '✕',
        attrs: { 'aria-label': t('options_remove', v) },
        on: { click: () => save({ [field]: settings[field].filter((x) => x !== v) }, inputId) },
      })));
  });
  return section(`sec-${field}`, titleKey, helpKey,
    el('div', { class: 'inline' },
      el('div', { class: 'field' }, el('label', { attrs: { for: inputId }, text: t(inputLabelKey) }), input),
      el('button', { type: 'button', id: `${field}-add`, text: t('options_add'), on: { click: add } })),
    settings[field].length ? ul : el('p', { class: 'empty', text: t('options_none') }));
}

// --- Official accounts ---------------------------------------------------------------------------
function accountsSection() {
  const platform = el('select', { id: 'acc-platform' }, PLATFORMS.map((p) => el('option', { value: p, text: PLATFORM_NAMES[p] })));
  const handle = el('input', { type: 'text', id: 'acc-handle', autocomplete: 'off', placeholder: '@ServiceCanada' });
  const mode = el('select', { id: 'acc-mode' }, MODES.map((m) => el('option', { value: m, text: t(`options_mode_${m}`) })));
  const counterpart = el('input', { type: 'text', id: 'acc-counterpart', autocomplete: 'off', placeholder: '@ServiceCanadaFR' });
  const cpField = el('div', { class: 'field' }, el('label', { attrs: { for: 'acc-counterpart' }, text: t('options_accCounterpart') }), counterpart);
  const sync = () => { cpField.hidden = mode.value === 'bilingual'; };
  mode.addEventListener('change', sync);
  mode.value = 'bilingual';
  sync();
  const add = () => {
    if (!normalizeHandle(handle.value)) { handle.focus(); announce(t('options_accHandleMissing')); return; }
    save({ officialAccounts: withOfficialAccount(settings.officialAccounts, platform.value, handle.value, mode.value, counterpart.value) }, 'acc-handle');
  };
  const table = el('table', {},
    el('thead', {}, el('tr', {}, ['options_accPlatform', 'options_accHandle', 'options_accMode', 'options_accCounterpart', 'options_accActions']
      .map((k) => el('th', { attrs: { scope: 'col' }, text: t(k) })))),
    el('tbody', {}, settings.officialAccounts.map((a, i) => el('tr', {},
      el('td', { text: PLATFORM_NAMES[a.platform] }),
      el('td', { text: a.handle }),
      el('td', { text: t(`options_mode_${a.mode}`) }),
      el('td', { text: a.counterpart || '—' }),
      el('td', {}, isLocked(settings, 'officialAccounts', a) ? lockBadge() : el('button', {
        type: 'button', id: `acc-rm-${i}`, text: t('options_removeShort'),
        attrs: { 'aria-label': t('options_remove', `${PLATFORM_NAMES[a.platform]} ${a.handle}`) },
        on: { click: () => save({ officialAccounts: withOfficialAccount(settings.officialAccounts, a.platform, a.handle, null) }, 'acc-handle') },
      }))))));
  return section('sec-accounts', 'options_accTitle', 'options_accHelp',
    el('div', { class: 'inline' },
      el('div', { class: 'field' }, el('label', { attrs: { for: 'acc-platform' }, text: t('options_accPlatform') }), platform),
      el('div', { class: 'field' }, el('label', { attrs: { for: 'acc-handle' }, text: t('options_accHandle') }), handle),
      el('div', { class: 'field' }, el('label', { attrs: { for: 'acc-mode' }, text: t('options_accMode') }), mode),
      cpField,
      el('button', { type: 'button', id: 'acc-add', text: t('options_add'), on: { click: add } })),
    settings.officialAccounts.length ? table : el('p', { class: 'empty', text: t('options_none') }));
}

// --- Categories and severity --------------------------------------------------------------------
function categoriesSection() {
  const allLocked = isLocked(settings, 'disabledCategories');
  const grid = el('div', { class: 'grid-cats' });
  for (const c of CATEGORIES) {
    const id = `cat-${c}`;
    const locked = isLocked(settings, 'category', c);
    const on = !settings.disabledCategories.includes(c);
    grid.append(el('div', { class: 'choice' },
      el('input', {
        type: 'checkbox', id, checked: on, disabled: locked,
        on: {
          change: (e) => save({
            disabledCategories: e.target.checked
              ? settings.disabledCategories.filter((x) => x !== c)
              : [...settings.disabledCategories, c],
          }, id),
        },
      }),
      el('label', { attrs: { for: id } }, t(`options_cat_${key(c)}`), locked ? [' ', lockBadge()] : null)));
  }
  const sevLocked = isLocked(settings, 'minSeverity');
  const sev = el('select', {
    id: 'min-severity', disabled: sevLocked,
    on: { change: (e) => save({ minSeverity: e.target.value }, 'min-severity') },
  }, SEVERITIES.map((s) => el('option', { value: s, text: t(`options_sev_${s}`), selected: settings.minSeverity === s })));
  const s = section('sec-categories', 'options_catTitle', 'options_catHelp',
    el('fieldset', {}, el('legend', { text: t('options_catLegend') }), grid),
    el('div', { class: 'field' }, el('label', { attrs: { for: 'min-severity' } }, t('options_minSeverity'), sevLocked ? [' ', lockBadge()] : null), sev));
  if (allLocked) s.querySelector('h2').append(lockBadge());
  return s;
}

// --- Election period ----------------------------------------------------------------------------
function electionSection() {
  const locked = isLocked(settings, 'electionPeriod');
  const p = settings.electionPeriod;
  const start = el('input', { type: 'date', id: 'election-start', value: p?.start || '', disabled: locked });
  const end = el('input', { type: 'date', id: 'election-end', value: p?.end || '', disabled: locked });
  const polling = el('input', { type: 'date', id: 'polling-day', disabled: locked, attrs: { 'aria-describedby': 'polling-help' } });
  const setDates = () => {
    if (!start.value && !end.value) { save({ electionPeriod: null }, 'election-start'); return; }
    if (!start.value || !end.value) { announce(t('options_electionBoth')); return; }
    save({ electionPeriod: { start: start.value, end: end.value } }, 'election-save');
  };
  const fromPolling = () => {
    const period = electionPeriodAround(polling.value);
    if (!period) { announce(t('options_electionPollingMissing')); polling.focus(); return; }
    save({ electionPeriod: period }, 'polling-apply');
  };
  const status = p
    ? t(isInElectionPeriod(p) ? 'options_electionActive' : 'options_electionInactive', formatDate(p.start), formatDate(p.end))
    : t('options_electionNone');
  const s = section('sec-election', 'options_electionTitle', 'options_electionHelp',
    el('div', { class: 'inline' },
      el('div', { class: 'field' }, el('label', { attrs: { for: 'election-start' }, text: t('options_electionStart') }), start),
      el('div', { class: 'field' }, el('label', { attrs: { for: 'election-end' }, text: t('options_electionEnd') }), end),
      el('button', { type: 'button', id: 'election-save', text: t('options_electionSave'), disabled: locked, on: { click: setDates } }),
      el('button', { type: 'button', id: 'election-clear', text: t('options_electionClear'), disabled: locked || !p, on: { click: () => save({ electionPeriod: null }, 'election-start') } })),
    el('div', { class: 'inline' },
      el('div', { class: 'field' }, el('label', { attrs: { for: 'polling-day' }, text: t('options_pollingDay') }), polling),
      el('button', { type: 'button', id: 'polling-apply', text: t('options_pollingApply'), disabled: locked, on: { click: fromPolling } })),
    el('p', { class: 'small muted', id: 'polling-help', text: t('options_pollingHelp') }),
    el('p', { class: 'period-status', id: 'election-status', text: status }));
  if (locked) s.querySelector('h2').append(lockBadge());
  return s;
}

// --- Posting and reminders ----------------------------------------------------------------------
function postingSection() {
  const pauseLocked = isLocked(settings, 'pauseBeforePost');
  const ivLocked = isLocked(settings, 'reviewIntervalDays');
  const interval = el('input', {
    type: 'number', id: 'review-interval', min: 7, max: 730, step: 1, value: String(settings.reviewIntervalDays), disabled: ivLocked,
    on: {
      change: (e) => {
        const n = Number(e.target.value);
        if (!Number.isInteger(n) || n < 7 || n > 730) { announce(t('options_intervalInvalid')); return; }
        save({ reviewIntervalDays: n }, 'review-interval');
      },
    },
  });
  return section('sec-posting', 'options_postingTitle', null,
    el('div', { class: 'choice' },
      el('input', {
        type: 'checkbox', id: 'pause-before-post', checked: settings.pauseBeforePost, disabled: pauseLocked,
        attrs: { 'aria-describedby': 'pause-before-post-desc' },
        on: { change: (e) => save({ pauseBeforePost: e.target.checked }, 'pause-before-post') },
      }),
      el('label', { attrs: { for: 'pause-before-post' } }, t('options_pauseBeforePost'), pauseLocked ? [' ', lockBadge()] : null,
        el('span', { class: 'desc', id: 'pause-before-post-desc', text: t('options_pauseBeforePostDesc') }))),
    el('div', { class: 'field' },
      el('label', { attrs: { for: 'review-interval' } }, t('options_reviewInterval'), ivLocked ? [' ', lockBadge()] : null),
      el('div', { class: 'inline' }, interval, el('span', { class: 'muted', text: t('options_days') }))));
}

// --- Ignored rules and paused sites -------------------------------------------------------------
function ignoredSection() {
  const rules = settings.ignoredRules;
  const titleOf = (r) => ruleTitles?.get(r) || null;
  const ul = el('ul', { class: 'ignored-rules', attrs: { 'aria-label': t('options_ignoredRulesList') } });
  rules.forEach((r, i) => {
    const title = titleOf(r);
    ul.append(el('li', { dataset: { rule: r } },
      el('span', { class: 'rule-name' },
        el('a', { href: `../learn/learn.html?rule=${encodeURIComponent(r)}`, id: `rule-link-${i}`, text: title || r }),
        title ? el('code', { text: r }) : null),
      el('button', {
        type: 'button', id: `rule-restore-${i}`, text: t('options_ruleRestore'),
        attrs: { 'aria-label': t('options_ruleRestoreLabel', title || r) },
        on: { click: () => { lastRestoredRule = r; save({ ignoredRules: rules.filter((x) => x !== r) }, 'rule-undo'); } },
      })));
  });
  const undo = lastRestoredRule && !rules.includes(lastRestoredRule)
    ? el('div', { class: 'actions undo', attrs: { role: 'status' } },
      el('span', { text: t('options_ruleRestored', titleOf(lastRestoredRule) || lastRestoredRule) }),
      el('button', {
        type: 'button', id: 'rule-undo', text: t('options_undo'),
        on: { click: () => { const r = lastRestoredRule; lastRestoredRule = null; save({ ignoredRules: [...settings.ignoredRules, r] }, 'sec-ignored-h'); } },
      }))
    : null;
  const sites = el('ul', { class: 'chips', attrs: { 'aria-label': t('options_pausedSites') } });
  settings.pausedSites.forEach((s, i) => sites.append(el('li', {},
    el('span', { text: PLATFORM_NAMES[s] || s }),
    el('button', {
      type: 'button', id: `site-resume-${i}`, text: t('options_resume'),
      attrs: { 'aria-label': t('options_resumeLabel', PLATFORM_NAMES[s] || s) },
      on: { click: () => save({ pausedSites: settings.pausedSites.filter((x) => x !== s) }, 'sec-ignored-h') },
    }))));
  const s = section('sec-ignored', 'options_ignoredTitle', 'options_ignoredHelp',
    rules.length ? ul : el('p', { class: 'empty', text: t('options_none') }),
    undo,
    el('p', { class: 'small' }, el('a', { href: '../learn/learn.html', id: 'all-rules-link', text: t('options_allRulesLink') })),
    el('h3', { class: 'small', text: t('options_pausedSites'), attrs: { style: 'margin-top:12px' } }),
    settings.pausedSites.length ? sites : el('p', { class: 'empty', text: t('options_none') }));
  s.querySelector('h2').tabIndex = -1;
  return s;
}

// --- Import / export ----------------------------------------------------------------------------
let importResult = null;

function transferSection() {
  const file = el('input', { type: 'file', id: 'import-file', accept: 'application/json,.json' });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    const text = await f.text();
    const res = await importSettings(text);
    importResult = res.ok ? { ok: true, name: f.name } : { ok: false, name: f.name, problems: res.problems };
    const before = settings.profile;
    if (res.ok) settings = res.settings;
    render();
    $('import-result')?.focus();
    if (settings.profile !== before) refreshRuleTitles();
  });
  const exportBtn = el('button', {
    type: 'button', id: 'export', text: t('options_export'),
    on: {
      click: async () => {
        const text = await exportSettings();
        const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
        const a = el('a', { href: url, download: `reserve-settings-${new Date().toISOString().slice(0, 10)}.json` });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
      },
    },
  });
  let result = null;
  if (importResult) {
    result = importResult.ok
      ? el('div', { class: 'notice ok', id: 'import-result', tabIndex: -1, attrs: { role: 'status' } }, el('p', { text: t('options_importOk', importResult.name) }))
      : el('div', { class: 'notice error', id: 'import-result', tabIndex: -1, attrs: { role: 'alert' } },
        el('p', { text: t('options_importFailed', importResult.name) }),
        el('ul', { class: 'problems' }, importResult.problems.map((p) => el('li', { text: describe(p) }))));
  }
  return section('sec-transfer', 'options_transferTitle', 'options_transferHelp',
    el('div', { class: 'actions' }, exportBtn),
    el('div', { class: 'field' }, el('label', { attrs: { for: 'import-file' }, text: t('options_import') }), file),
    result);
}

// --- Notices and organisation summary -----------------------------------------------------------
async function renderNotices() {
  const box = $('notices');
  clear(box);
  const notices = await getStorageNotices();
  if (!notices.length) return;
  const backups = await getSettingsBackups();
  box.append(el('div', { class: 'notice', id: 'storage-notice', attrs: { role: 'status' } },
    el('h2', { text: t('options_noticeTitle') }),
    el('p', { text: t('options_noticeBody') }),
    el('ul', { class: 'problems' }, notices.flatMap((n) => n.problems.map((p) => el('li', { text: `${t(`options_area_${n.area}`)} — ${describe(p)}` })))),
    el('div', { class: 'actions' },
      backups.length ? el('button', {
        type: 'button', id: 'download-backup', text: t('options_downloadBackup'),
        on: {
          click: () => {
            const url = URL.createObjectURL(new Blob([`${JSON.stringify(backups, null, 2)}\n`], { type: 'application/json' }));
            const a = el('a', { href: url, download: 'reserve-backup.json' });
            document.body.append(a); a.click(); a.remove();
            setTimeout(() => URL.revokeObjectURL(url), 10000);
          },
        },
      }) : null,
      el('button', { type: 'button', id: 'dismiss-notices', text: t('options_dismiss'), on: { click: async () => { await dismissStorageNotices(); await renderNotices(); $('sec-profile-h')?.focus(); } } }))));
}

function renderOrgSummary() {
  const p = $('org-summary');
  const fields = lockedFields(settings);
  p.hidden = fields.length === 0;
  clear(p);
  if (fields.length) p.append(lockBadge(), ' ', t('options_orgSummary'));
}

function render() {
  const sections = $('sections');
  const scroll = window.scrollY;
  clear(sections);
  sections.append(
    profileSection(),
    listSection('employers', 'options_employersTitle', 'options_employersHelp', 'options_employersInput'),
    listSection('terms', 'options_termsTitle', 'options_termsHelp', 'options_termsInput'),
    accountsSection(),
    categoriesSection(),
    electionSection(),
    postingSection(),
    ignoredSection(),
    transferSection(),
    diagnosticSection(section),
  );
  for (const h of sections.querySelectorAll('section > h2')) h.tabIndex = -1;
  renderOrgSummary();
  window.scrollTo(0, scroll);
}

/** Rule titles for the ignored-rules list (the engine runs in this page; no network). */
async function loadRuleTitles() {
  try {
    const { rules } = await loadRules({ profile: settings.profile, uiLang: pageLang() });
    ruleTitles = new Map(rules.map((r) => [r.id, r.title]));
  } catch (e) {
    console.error('Réserve options: rule titles unavailable', e);
    ruleTitles = null;
  }
}

/**
 * Reload the rule titles for a new profile, then redraw only the ignored-rules section (the rest of
 * the page may be in use: re-rendering it would drop what the user is typing).
 */
function refreshRuleTitles() {
  const profile = settings.profile;
  loadRuleTitles().then(() => {
    const old = $('sec-ignored');
    if (!old || settings.profile !== profile) return;
    const hadFocus = old.contains(document.activeElement) ? document.activeElement.id : null;
    const next = ignoredSection();
    for (const h of next.querySelectorAll('h2')) h.tabIndex = -1;
    old.replaceWith(next);
    if (hadFocus) $(hadFocus)?.focus();
  });
}

/** Bring the section named in the address (e.g. #sec-ignored from the Learn page) into view. */
function showHashSection() {
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  (target.querySelector('h2') || target).focus({ preventScroll: true });
}

async function main() {
  localizePage();
  settings = await loadSettings();
  await Promise.all([renderNotices(), loadRuleTitles()]);
  render();
  showHashSection();
  window.addEventListener('hashchange', showHashSection);
  // Changes made elsewhere (popup, another window, a new organisation policy) re-render the
  // page; our own saves come back identical and are ignored.
  watchSettings((next) => {
    if (JSON.stringify(next) === JSON.stringify(settings)) return;
    const profileChanged = next.profile !== settings.profile;
    settings = next;
    render();
    if (profileChanged) refreshRuleTitles();
  });
  $('main').setAttribute('aria-busy', 'false');
  document.body.dataset.ready = 'true';
}

main().catch((e) => {
  console.error('Réserve options', e);
  $('main').prepend(el('p', { class: 'notice error', attrs: { role: 'alert' }, text: `${t('options_error')} ${e?.message || e}` }));
  document.body.dataset.ready = 'error';
});
