// Unit tests of the pure settings logic (extension/shared/settings-core.js).
// Run: node --test tests/extension-unit/settings.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  defaultSettings, validateSettings, migrateSettings, parseImport, exportSettings, validateManaged,
  mergeManaged, lockedFields, isLocked, applyPatchToUserLayer, engineSettingsFor, isOfficialAccount,
  withOfficialAccount, normalizeHandle, electionPeriodAround, isInElectionPeriod, isIsoDate, addDays,
  isPausedOn, validateChecklistState, isReviewDue, daysSince, describeProblem, SCHEMA_VERSION,
  stripManaged,
} from '../../extension/shared/settings-core.js';

test('defaults are valid and complete', () => {
  const d = defaultSettings();
  const { settings, problems } = validateSettings(d);
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, d);
  assert.equal(d.schemaVersion, SCHEMA_VERSION);
  assert.equal(d.profile, 'ca-federal');
  assert.equal(d.reviewIntervalDays, 90);
});

test('missing stored value gives defaults without problems', () => {
  assert.deepEqual(validateSettings(undefined), { settings: defaultSettings(), problems: [], migrated: false });
});

test('a corrupt field falls back to its default, the others are kept', () => {
  const { settings, problems } = validateSettings({
    schemaVersion: 1, profile: 'mars', employers: ['ESDC', 'EDSC', 'esdc', '  '], minSeverity: 'warning',
    pauseBeforePost: 'yes', bogus: 1,
  });
  assert.equal(settings.profile, 'ca-federal');
  assert.deepEqual(settings.employers, ['ESDC', 'EDSC']);
  assert.equal(settings.minSeverity, 'warning');
  assert.equal(settings.pauseBeforePost, true);
  const paths = problems.map((p) => p.path).sort();
  assert.deepEqual(paths, ['bogus', 'employers[3]', 'pauseBeforePost', 'profile']);
  assert.match(describeProblem(problems.find((p) => p.path === 'profile')), /must be one of ca-federal, qc-public, fr-interieur \(got "mars"\)/);
});

test('a non-object stored value gives defaults and one problem', () => {
  const { settings, problems } = validateSettings('garbage{');
  assert.deepEqual(settings, defaultSettings());
  assert.equal(problems.length, 1);
  assert.equal(problems[0].code, 'type');
});

test('official accounts are validated entry by entry', () => {
  const { settings, problems } = validateSettings({
    schemaVersion: 1,
    officialAccounts: [
      { platform: 'x', handle: '@ServiceCanada', mode: 'en', counterpart: '@ServiceCanadaFR' },
      { platform: 'myspace', handle: '@a', mode: 'en' },
      { platform: 'x', handle: '@b', mode: 'klingon' },
      { platform: 'facebook', handle: 'ServiceCanada', mode: 'bilingual', counterpart: 'ignored' },
    ],
  });
  assert.deepEqual(settings.officialAccounts, [
    { platform: 'x', handle: '@ServiceCanada', mode: 'en', counterpart: '@ServiceCanadaFR' },
    { platform: 'facebook', handle: 'ServiceCanada', mode: 'bilingual', counterpart: '' },
  ]);
  assert.deepEqual(problems.map((p) => p.path), ['officialAccounts[1].platform', 'officialAccounts[2].mode']);
});

test('election period must be two real dates in order', () => {
  assert.equal(validateSettings({ schemaVersion: 1, electionPeriod: { start: '2026-02-30', end: '2026-03-01' } }).settings.electionPeriod, null);
  const bad = validateSettings({ schemaVersion: 1, electionPeriod: { start: '2026-03-10', end: '2026-03-01' } });
  assert.equal(bad.problems[0].code, 'order');
  const ok = validateSettings({ schemaVersion: 1, electionPeriod: { start: '2026-08-31', end: '2026-10-12' } });
  assert.deepEqual(ok.problems, []);
  assert.deepEqual(ok.settings.electionPeriod, { start: '2026-08-31', end: '2026-10-12' });
  assert.deepEqual(validateSettings({ schemaVersion: 1, electionPeriod: null }).problems, []);
});

test('ignored rules, paused sites, review interval', () => {
  const { settings, problems } = validateSettings({
    schemaVersion: 1, ignoredRules: ['political.vote-call', 'not a rule'],
    pausedSites: ['X', 'intranet.example.ca', 'bad host!'], reviewIntervalDays: 3,
  });
  assert.deepEqual(settings.ignoredRules, ['political.vote-call']);
  assert.deepEqual(settings.pausedSites, ['x', 'intranet.example.ca']);
  assert.equal(settings.reviewIntervalDays, 90);
  assert.deepEqual(problems.map((p) => p.path), ['ignoredRules[1]', 'pausedSites[2]', 'reviewIntervalDays']);
});

test('migration from version 0', () => {
  const { value, migrated, problems } = migrateSettings({
    employer: 'ESDC', sensitiveTerms: ['Nightingale'], disabledRules: ['political.vote-call'],
    officialAccounts: [{ platform: 'x', handle: '@a', language: 'fr' }],
  });
  assert.equal(migrated, true);
  assert.deepEqual(problems, []);
  const { settings, problems: p2 } = validateSettings(value);
  assert.deepEqual(p2, []);
  assert.deepEqual(settings.employers, ['ESDC']);
  assert.deepEqual(settings.terms, ['Nightingale']);
  assert.deepEqual(settings.ignoredRules, ['political.vote-call']);
  assert.equal(settings.officialAccounts[0].mode, 'fr');
  assert.equal(validateSettings({ employer: 'ESDC' }).migrated, true);
});

test('a newer schema version is read field by field and reported', () => {
  const { settings, problems } = validateSettings({ schemaVersion: 7, profile: 'qc-public', hologram: true });
  assert.equal(settings.profile, 'qc-public');
  assert.deepEqual(problems.map((p) => p.code), ['version', 'unknown']);
});

test('import: valid file, export round trip', () => {
  const s = { ...defaultSettings(), profile: 'qc-public', employers: ['Élections Québec'], terms: ['Projet X'] };
  const text = exportSettings(s, new Date('2026-01-02T03:04:05Z'));
  const back = parseImport(text);
  assert.equal(back.ok, true);
  assert.deepEqual(back.settings, s);
  assert.match(text, /"format": "reserve-settings"/);
  const bare = parseImport(JSON.stringify({ profile: 'fr-interieur' }));
  assert.equal(bare.ok, true);
  assert.equal(bare.settings.profile, 'fr-interieur');
});

test('import: any problem rejects, and says what is wrong', () => {
  const syntax = parseImport('{"profile": ');
  assert.equal(syntax.ok, false);
  assert.equal(syntax.problems[0].code, 'json');
  const bad = parseImport(JSON.stringify({ format: 'reserve-settings', settings: { profile: 'qc-public', minSeverity: 'urgent' } }));
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.problems.map(describeProblem), ['minSeverity: must be one of info, warning, high (got "urgent")']);
  assert.equal(parseImport('[1,2]').ok, false);
  assert.equal(parseImport(JSON.stringify({ format: 'other' })).problems[0].path, 'format');
  assert.equal(parseImport(JSON.stringify({ schemaVersion: 99 })).problems[0].code, 'version');
  assert.equal(parseImport(JSON.stringify({ colour: 'red' })).problems[0].code, 'unknown');
});

test('managed values win, lists are unions, locked categories cannot be disabled', () => {
  const user = { ...defaultSettings(), profile: 'fr-interieur', employers: ['Mon ministère', 'EDSC'],
    disabledCategories: ['location', 'political'], minSeverity: 'high',
    officialAccounts: [{ platform: 'x', handle: '@Mine', mode: 'bilingual', counterpart: '' },
      { platform: 'x', handle: '@servicecanada', mode: 'fr', counterpart: '' }] };
  const { managed, problems } = validateManaged({
    profile: 'ca-federal', employers: ['ESDC', 'edsc'], lockedCategories: ['political'],
    officialAccounts: [{ platform: 'x', handle: '@ServiceCanada', mode: 'en', counterpart: '@ServiceCanadaFR' }],
    extraPacks: [{ name: 'org.toml', text: '[pack]\nid = "org"\n' }], notAField: 1, minSeverity: 'bogus',
  });
  assert.deepEqual(problems.map((p) => p.path).sort(), ['minSeverity', 'notAField']);
  const eff = mergeManaged(user, managed);
  assert.equal(eff.profile, 'ca-federal');
  assert.equal(eff.minSeverity, 'high');
  assert.deepEqual(eff.employers, ['ESDC', 'edsc', 'Mon ministère']);
  assert.deepEqual(eff.disabledCategories, ['location']);
  assert.deepEqual(eff.officialAccounts.map((a) => `${a.handle}:${a.mode}`), ['@ServiceCanada:en', '@Mine:bilingual']);
  assert.deepEqual(lockedFields(eff).sort(), ['employers', 'extraPacks', 'lockedCategories', 'officialAccounts', 'profile']);
  assert.equal(isLocked(eff, 'profile'), true);
  assert.equal(isLocked(eff, 'minSeverity'), false);
  assert.equal(isLocked(eff, 'employers', 'esdc'), true);
  assert.equal(isLocked(eff, 'employers', 'Mon ministère'), false);
  assert.equal(isLocked(eff, 'category', 'political'), true);
  assert.equal(isLocked(eff, 'category', 'location'), false);
  assert.equal(isLocked(eff, 'officialAccounts', { platform: 'x', handle: 'servicecanada' }), true);
  assert.equal(engineSettingsFor(eff, { platform: 'x', account: '@SERVICECANADA' }).official, 'en');
  assert.deepEqual(stripManaged(eff).managed, undefined);
  assert.deepEqual(lockedFields(user), []);
});

test('a patch never stores organisation values', () => {
  const user = { ...defaultSettings(), employers: ['Mine'] };
  const { managed } = validateManaged({ profile: 'qc-public', employers: ['ESDC'] });
  const next = applyPatchToUserLayer(user, { profile: 'fr-interieur', employers: ['ESDC', 'Mine', 'New'], minSeverity: 'warning', managed: {} }, managed);
  assert.equal(next.profile, 'ca-federal');
  assert.deepEqual(next.employers, ['Mine', 'New']);
  assert.equal(next.minSeverity, 'warning');
  assert.equal(next.managed, undefined);
});

test('engineSettingsFor builds the engine object for one composer', () => {
  const s = { ...defaultSettings(), profile: 'qc-public', employers: ['Élections Québec'], terms: ['Projet X'],
    officialAccounts: [{ platform: 'facebook', handle: 'ElectionsQuebec', mode: 'fr', counterpart: '' }],
    disabledCategories: ['location'], ignoredRules: ['political.vote-call'], minSeverity: 'warning',
    electionPeriod: electionPeriodAround('2026-10-05'),
    extraPacks: [{ name: 'org.toml', text: 'x' }] };
  const e = engineSettingsFor(s, { platform: 'facebook', account: 'https://www.facebook.com/ElectionsQuebec/', uiLang: 'fr', today: '2026-10-01' });
  assert.deepEqual(e, {
    profile: 'qc-public', employers: ['Élections Québec'], terms: ['Projet X'], official: 'fr',
    electionPeriod: true, uiLang: 'fr', disabledCategories: ['location'], disabledRules: ['political.vote-call'],
    minSeverity: 'warning', extraPacks: [{ name: 'org.toml', text: 'x' }],
  });
  const other = engineSettingsFor(s, { platform: 'x', account: 'ElectionsQuebec', today: '2026-12-01' });
  assert.equal(other.official, null);
  assert.equal(other.electionPeriod, false);
  assert.equal(other.uiLang, 'en');
  const plain = engineSettingsFor(defaultSettings());
  assert.equal(plain.official, null);
  assert.equal(plain.electionPeriod, false);
});

test('official accounts helpers', () => {
  assert.equal(normalizeHandle(' @ServiceCanada '), 'servicecanada');
  assert.equal(normalizeHandle('https://x.com/ServiceCanada/'), 'servicecanada');
  assert.equal(normalizeHandle('https://www.linkedin.com/company/esdc-edsc'), 'esdc-edsc');
  let list = withOfficialAccount([], 'x', '@A', 'en', '@B');
  list = withOfficialAccount(list, 'x', '@a', 'fr', '@C');
  assert.deepEqual(list, [{ platform: 'x', handle: '@a', mode: 'fr', counterpart: '@C' }]);
  const s = { ...defaultSettings(), officialAccounts: list };
  assert.equal(isOfficialAccount(s, 'x', 'A'), true);
  assert.equal(isOfficialAccount(s, 'facebook', 'A'), false);
  assert.equal(isOfficialAccount(s, 'x', ''), false);
  assert.deepEqual(withOfficialAccount(list, 'x', 'a', null), []);
});

test('Élections Québec period: day -33 to day +7 around polling day', () => {
  assert.deepEqual(electionPeriodAround('2026-10-05'), { start: '2026-09-02', end: '2026-10-12' });
  // across a month and a leap day
  assert.deepEqual(electionPeriodAround('2028-03-20'), { start: '2028-02-16', end: '2028-03-27' });
  assert.deepEqual(electionPeriodAround('2026-12-28'), { start: '2026-11-25', end: '2027-01-04' });
  assert.equal(electionPeriodAround('2026-13-01'), null);
  const p = electionPeriodAround('2026-10-05');
  assert.equal(isInElectionPeriod(p, '2026-09-01'), false);
  assert.equal(isInElectionPeriod(p, '2026-09-02'), true);
  assert.equal(isInElectionPeriod(p, '2026-10-12'), true);
  assert.equal(isInElectionPeriod(p, '2026-10-13'), false);
  assert.equal(isInElectionPeriod(p, new Date(2026, 9, 5, 23, 59)), true);
  assert.equal(isInElectionPeriod(null, '2026-10-05'), false);
  assert.equal(isIsoDate('2026-02-29'), false);
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
});

test('paused sites cover subdomains', () => {
  const s = { ...defaultSettings(), pausedSites: ['x', 'example.ca'] };
  assert.equal(isPausedOn(s, 'x'), true);
  assert.equal(isPausedOn(s, 'facebook'), false);
  assert.equal(isPausedOn(s, 'intranet.example.ca'), true);
  assert.equal(isPausedOn(s, 'notexample.ca'), false);
});

test('checklist state validation and review maths', () => {
  const keys = ['x.mfa', 'x.password'];
  const { state, problems } = validateChecklistState({
    schemaVersion: 1, ticked: { 'x.mfa': '2026-01-01T10:00:00.000Z', 'x.password': 'yesterday', 'x.gone': '2026-01-01T10:00:00.000Z' },
    lastReview: { x: '2026-01-01T10:00:00.000Z', myspace: '2026-01-01T10:00:00.000Z' }, lastFullReview: 5,
  }, keys);
  assert.deepEqual(state.ticked, { 'x.mfa': '2026-01-01T10:00:00.000Z' });
  assert.deepEqual(state.lastReview, { x: '2026-01-01T10:00:00.000Z' });
  assert.equal(state.lastFullReview, null);
  assert.deepEqual(problems.map((p) => p.path), ['ticked.x.password', 'ticked.x.gone', 'lastReview.myspace', 'lastFullReview']);
  assert.equal(validateChecklistState('oops').problems[0].code, 'type');
  const now = new Date('2026-04-01T12:00:00Z');
  assert.equal(daysSince('2026-01-01T12:00:00Z', now), 90);
  assert.equal(isReviewDue('2026-01-01T12:00:00Z', 90, now), true);
  assert.equal(isReviewDue('2026-01-02T12:00:00Z', 90, now), false);
  assert.equal(isReviewDue(null, 90, now), true);
  assert.equal(isReviewDue('2026-03-01T12:00:00Z', 30, now), true);
});
