// The "Learn more" page (learn.html?rule=<rule id>) and, without a rule, "What Réserve checks":
// every active rule grouped by category. Rule data comes from the wasm engine instantiated in this
// extension page (shared/rules-catalog.js); guide names from shared/guides.js. Plain DOM, no
// innerHTML; nothing leaves the device.

import { loadSettings, CATEGORIES, isLocked } from '../shared/settings.js';
import { loadRules } from '../shared/rules-catalog.js';
import { parseSource } from '../shared/guides.js';
import { severityIcon } from '../shared/icons.js';
import { t, el, clear, localizePage, pageLang } from '../shared/page.js';

const SEVERITY_ORDER = ['high', 'warning', 'info'];
const key = (s) => s.replace(/-/g, '_');
const main = () => document.getElementById('main');

/**
 * The rule id asked for in the page address (`?rule=`), or null for the list of all rules.
 * @param {string} [search] location.search
 * @returns {string|null}
 */
export function requestedRule(search = location.search) {
  const id = new URLSearchParams(search).get('rule');
  return id && id.trim() ? id.trim() : null;
}

/** Localised name of a category ("Confidential information"). */
function categoryName(category) {
  const k = `options_cat_${key(category)}`;
  const name = t(k);
  return name === k ? category : name;
}

/** Severity chip: the shape and the word. */
function severityChip(severity, id) {
  const chip = el('span', { class: `sev ${severity}`, id });
  chip.append(severityIcon(severity, 16), el('span', { text: t(`ui_severity_${severity}`) }));
  return chip;
}

/** "French and English" for a rule's `languages`. */
function languagesText(languages) {
  const names = languages.filter((l) => l === 'fr' || l === 'en').map((l) => t(`options_learn_lang_${l}`));
  if (!names.length) return t('options_learn_lang_any');
  try {
    return new Intl.ListFormat(pageLang(), { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

function learnUrl(ruleId) {
  return `learn.html?rule=${encodeURIComponent(ruleId)}`;
}

function optionsUrl(section) {
  return `../options/options.html#${section}`;
}

function block(className, headingText, ...body) {
  const id = `h-${className.split(' ')[0]}`;
  return el('section', { class: `block ${className}`, attrs: { 'aria-labelledby': id } },
    el('h2', { id, text: headingText }), ...body);
}

/**
 * Every guide a rule cites under the active profile (`sources`, else `source`), each with its
 * full title, publisher, jurisdiction and section, and a note when the profile's guides are silent.
 */
function sourceBlock(rule) {
  const list = Array.isArray(rule.sources) && rule.sources.length ? rule.sources : [rule.source];
  const rows = [];
  for (const source of list) rows.push(...sourceRows(source));
  const dl = el('dl');
  for (const [dt, dd] of rows) dl.append(el('dt', { text: dt }), el('dd', {}, dd));
  return block('source', t('options_learn_sourceTitle'),
    el('p', { class: 'muted', text: t('options_learn_sourceHelp') }), dl,
    rule.source_fallback ? el('p', { class: 'muted', id: 'rule-source-fallback', text: t('ui_card_source_fallback') }) : null);
}

/** Definition rows for one guide and section. */
function sourceRows(source) {
  const { guide, section, raw } = parseSource(source);
  const rows = [];
  if (guide) {
    rows.push([t('options_learn_sourceGuide'), el('cite', { text: guide.title })]);
    rows.push([t('options_learn_sourcePublisher'), guide.publisher]);
    rows.push([t('options_learn_sourceJurisdiction'), guide.jurisdiction]);
  } else {
    rows.push([t('options_learn_sourceGuide'), el('cite', { text: raw || '—' })]);
  }
  if (section) rows.push([t('options_learn_sourceSection'), t('options_learn_sourceSectionValue', section)]);
  return rows;
}

function renderRule(rule, settings) {
  const root = main();
  clear(root);
  const ignored = settings.ignoredRules.includes(rule.id);
  const categoryOff = settings.disabledCategories.includes(rule.category);
  document.title = t('options_learn_ruleDocTitle', rule.title);
  const why = rule.message || t(`options_learn_catWhat_${key(rule.category)}`);
  root.append(
    el('p', { class: 'crumbs' }, el('a', { href: 'learn.html', text: t('options_learn_backToAll') })),
    el('p', { class: 'eyebrow' }, el('span', { class: 'tag', text: categoryName(rule.category) })),
    el('h1', { id: 'rule-title', text: rule.title }),
    el('div', { class: 'meta' },
      severityChip(rule.severity, 'rule-severity'),
      el('span', { text: t('options_learn_checksIn', languagesText(rule.languages)) }),
      el('span', {}, `${t('options_learn_ruleId')} `, el('code', { text: rule.id })),
      ignored ? el('span', { class: 'tag off', text: t('options_learn_tagIgnored') }) : null,
      categoryOff ? el('span', { class: 'tag off', text: t('options_learn_tagCategoryOff') }) : null),
    block(`why ${rule.severity}`, t('options_learn_whyTitle'), el('p', { class: 'message', id: 'rule-message', text: why })),
    el('div', { class: 'cols' },
      // Without an engine message the category explanation already is the "why": not twice.
      rule.message ? block('category', t('options_learn_categoryTitle', categoryName(rule.category)),
        el('p', { id: 'rule-category-what', text: t(`options_learn_catWhat_${key(rule.category)}`) })) : null,
      block('severity', t('options_learn_severityTitle'),
        el('p', {}, severityChip(rule.severity)),
        el('p', { id: 'rule-severity-what', text: t(`options_learn_sevWhat_${rule.severity}`) }))),
    block('tip', t('options_learn_tipTitle'), el('p', { id: 'rule-tip', text: t(`options_learn_tip_${key(rule.category)}`) })),
    sourceBlock(rule),
    block('manage', t('options_learn_manageTitle'),
      el('p', { id: 'rule-ignore-status', text: ignored ? t('options_learn_ignoredNow') : t('options_learn_notIgnored') }),
      el('p', {}, el('a', { id: 'to-ignored', href: optionsUrl('sec-ignored'), text: t('options_learn_toIgnored') }))),
  );
  if (isLocked(settings, 'category', rule.category)) {
    root.querySelector('.meta').append(el('span', { class: 'lock', text: t('options_setByOrg') }));
  }
}

function renderNotFound(id) {
  const root = main();
  clear(root);
  document.title = t('options_learn_notFoundTitle');
  root.append(
    el('h1', { text: t('options_learn_notFoundTitle') }),
    el('div', { class: 'notice', attrs: { role: 'alert' } },
      el('p', { id: 'not-found', text: t('options_learn_notFoundBody', id) })),
    el('p', {}, el('a', { href: 'learn.html', text: t('options_learn_backToAll') })),
  );
}

function renderAll(rules, settings) {
  const root = main();
  clear(root);
  document.title = t('options_learn_pageTitle');
  document.getElementById('nav-all').setAttribute('aria-current', 'page');
  const byCat = new Map(CATEGORIES.map((c) => [c, []]));
  for (const r of rules) {
    if (!byCat.has(r.category)) byCat.set(r.category, []);
    byCat.get(r.category).push(r);
  }
  const profile = t(`options_profile_${key(settings.profile)}`);
  const used = [...byCat.entries()].filter(([, list]) => list.length);
  root.append(
    el('h1', { text: t('options_learn_allTitle') }),
    el('p', { class: 'lede', text: t('options_learn_allLede') }),
    el('div', { class: 'summary' },
      el('p', { class: 'stat', id: 'stat-rules' }, el('strong', { text: String(rules.length) }), t('options_learn_statRules')),
      el('p', { class: 'stat' }, el('strong', { text: String(used.length) }), t('options_learn_statCategories')),
      el('p', { class: 'stat', id: 'stat-profile' }, el('strong', { text: profile }), t('options_learn_statProfile'))),
    el('p', {}, t('options_learn_profileHelp'), ' ', el('a', { href: optionsUrl('sec-profile'), text: t('options_learn_changeProfile') })),
  );
  const toc = el('nav', { class: 'toc', attrs: { 'aria-labelledby': 'toc-h' } },
    el('h2', { id: 'toc-h', class: 'visually-hidden', text: t('options_learn_tocTitle') }),
    el('ul', {}, used.map(([c, list]) => el('li', {}, el('a', { href: `#cat-${c}`, text: `${categoryName(c)} (${list.length})` })))));
  root.append(toc);
  for (const [c, list] of used) {
    const off = settings.disabledCategories.includes(c);
    list.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.title.localeCompare(b.title, pageLang()));
    const h = `cat-${c}-h`;
    root.append(el('section', { class: 'cat', id: `cat-${c}`, attrs: { 'aria-labelledby': h } },
      el('h2', { id: h }, categoryName(c), ' ', el('span', { class: 'count', text: t('options_learn_ruleCount', String(list.length)) }),
        off ? [' ', el('span', { class: 'tag off', text: t('options_learn_tagCategoryOff') })] : null),
      el('p', { class: 'what', text: t(`options_learn_catWhat_${key(c)}`) }),
      el('p', { class: 'instead' }, el('strong', { text: t('options_learn_insteadLabel') }), ' ', t(`options_learn_tip_${key(c)}`)),
      el('ul', { class: 'rules' }, list.map((r) => el('li', { dataset: { rule: r.id } },
        el('a', { class: 'rule', href: learnUrl(r.id), text: r.title }),
        severityChip(r.severity),
        el('span', { class: 'sub' },
          el('code', { class: 'rule-id', text: r.id }),
          settings.ignoredRules.includes(r.id) ? el('span', { class: 'tag off', text: t('options_learn_tagIgnored') }) : null))))));
  }
}

async function start() {
  localizePage();
  const settings = await loadSettings();
  const { rules, packError } = await loadRules({ profile: settings.profile, uiLang: pageLang(), extraPacks: settings.extraPacks });
  const id = requestedRule();
  if (id) {
    const rule = rules.find((r) => r.id === id);
    if (rule) renderRule(rule, settings); else renderNotFound(id);
  } else {
    renderAll(rules, settings);
  }
  if (packError) main().prepend(el('p', { class: 'notice', attrs: { role: 'status' }, text: t('options_learn_packError', packError) }));
  main().setAttribute('aria-busy', 'false');
  document.body.dataset.ready = 'true';
}

start().catch((e) => {
  console.error('Réserve learn page', e);
  const root = main();
  clear(root);
  root.append(el('h1', { text: t('options_learn_errorTitle') }),
    el('p', { class: 'notice error', attrs: { role: 'alert' }, text: t('options_learn_errorBody', String(e?.message || e)) }));
  root.setAttribute('aria-busy', 'false');
  document.body.dataset.ready = 'error';
});
