// Localised sentences for settings problems (extension/shared/problems.js) against the real
// locale fragments, in English and French: every code the validators produce has a sentence in
// both languages, and no sentence falls back to a raw key.
// Run: node --test tests/extension-unit/settings-i18n.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { problemText, NAMED_FIELDS, NAMED_TYPES } from '../../extension/shared/problems.js';
import { parseImport, validateSettings, validateChecklistState } from '../../extension/shared/settings-core.js';

const LOCALES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../extension/locales');

/** chrome.i18n.getMessage semantics over the options fragment of one language. */
function translator(lang) {
  const messages = JSON.parse(fs.readFileSync(path.join(LOCALES, `options.${lang}.json`), 'utf8'));
  return (key, ...subs) => {
    const e = messages[key];
    if (!e) return key;
    return e.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name) => {
      const ph = e.placeholders?.[name.toLowerCase()];
      return ph ? ph.content.replace(/\$(\d)/g, (__, d) => subs[Number(d) - 1] ?? '') : '';
    });
  };
}
const en = translator('en');
const fr = translator('fr');
const nb = (s) => s.replace(/\u00a0/g, ' ');

test('an invalid import file is explained in English and in French', () => {
  const res = parseImport(JSON.stringify({ format: 'reserve-settings', settings: {
    minSeverity: 'urgent', terms: 'Nightingale', reviewIntervalDays: 3, electionPeriod: { start: '2026-10-05', end: '2026-09-01' },
    employers: ['x'.repeat(201)], colour: 'blue',
  } }));
  assert.equal(res.ok, false);
  assert.deepEqual(res.problems.map((p) => problemText(p, en)), [
    'Lowest severity shown (minSeverity): must be one of info, warning, high (got "urgent")',
    'Sensitive terms (terms): expected a list, got text',
    'Review reminder interval (reviewIntervalDays): must be a whole number of days from 7 to 730 (got 3)',
    'Election period (electionPeriod): the first day is after the last day (2026-10-05 > 2026-09-01)',
    'Employer names (employers[0]): too long (201 characters, at most 200)',
    'colour: unknown setting',
  ]);
  assert.deepEqual(res.problems.map((p) => nb(problemText(p, fr))), [
    'Gravité minimale affichée (minSeverity) : doit être l’une des valeurs info, warning, high (reçu "urgent")',
    'Termes sensibles (terms) : attendu : une liste, reçu : du texte',
    'Intervalle du rappel de révision (reviewIntervalDays) : doit être un nombre entier de jours de 7 à 730 (reçu 3)',
    'Période électorale (electionPeriod) : le premier jour est après le dernier (2026-10-05 > 2026-09-01)',
    'Noms de l’employeur (employers[0]) : trop long (201 caractères, au plus 200)',
    'colour : réglage inconnu',
  ]);
});

test('not JSON, a wrong file type and a newer schema version', () => {
  const notJson = parseImport('{ nope');
  assert.match(problemText(notJson.problems[0], en), /^the file is not valid JSON \(technical detail: .+\)$/);
  assert.match(nb(problemText(notJson.problems[0], fr)), /^le fichier n’est pas du JSON valide \(détail technique : .+\)$/);
  const format = parseImport(JSON.stringify({ format: 'other' }));
  assert.equal(problemText(format.problems[0], en), 'File type (format): must be one of reserve-settings (got "other")');
  const version = parseImport(JSON.stringify({ schemaVersion: 9 }));
  assert.equal(nb(problemText(version.problems[0], fr)), 'Version du format (schemaVersion) : version de schéma non prise en charge : 9 (cette version de Réserve lit la version 1)');
});

test('repairs of stored values (settings and checklist) read well in both languages', () => {
  const { problems } = validateSettings({ schemaVersion: 1, profile: 'martian', pauseBeforePost: 'yes', pausedSites: ['not a host!'], electionPeriod: 'soon' });
  assert.deepEqual(problems.map((p) => problemText(p, en)), [
    'Profile (profile): must be one of ca-federal, qc-public, fr-interieur (got "martian")',
    'Pause before posting (pauseBeforePost): expected true or false, got text',
    'Paused sites (pausedSites[0]): badly formed value "not a host!"',
    'Election period (electionPeriod): expected an object or null, got text',
  ]);
  const cl = validateChecklistState({ schemaVersion: 1, ticked: { 'x.mfa': 'yesterday' }, lastReview: [] });
  assert.deepEqual(cl.problems.map((p) => nb(problemText(p, fr))), [
    'Éléments cochés de la liste (ticked.x.mfa) : pas une date valide AAAA-MM-JJ (reçu "yesterday")',
    'Dernière révision par plateforme (lastReview) : attendu : un objet, reçu : une liste',
  ]);
});

test('every field and type name exists in both languages', () => {
  for (const t of [en, fr]) {
    for (const f of NAMED_FIELDS) assert.notEqual(t(`options_field_${f}`), `options_field_${f}`, f);
    for (const k of [...NAMED_TYPES, 'objectOrNull']) assert.notEqual(t(`options_type_${k}`), `options_type_${k}`, k);
    for (const c of ['json', 'type', 'enum', 'date', 'order', 'range', 'rangeMax', 'rangeDays', 'unknown', 'format', 'empty', 'tooLong', 'version', 'other']) {
      assert.notEqual(t(`options_problem_${c}`), `options_problem_${c}`, c);
    }
  }
});
