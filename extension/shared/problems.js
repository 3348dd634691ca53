/**
 * Localised sentences for settings validation problems (`{ path, code, expected?, got?, min?,
 * max? }`, see settings-core.js): what the options page shows after a failed import, a refused
 * save or a repaired stored value, in the page language. Pure: the message lookup is passed in
 * (`t` from page.js in the pages, a reader of the locale files in the unit tests).
 *
 * The sentence names the setting in words and keeps the JSON path for whoever edits the file:
 *   "Lowest severity shown (minSeverity): must be one of info, warning, high (got "urgent")"
 *   "Gravité minimale affichée (minSeverity) : doit être l’une des valeurs info, warning, high (reçu « urgent »)"
 */

/** Settings, checklist and file fields that have a localised name (`options_field_<name>`). */
export const NAMED_FIELDS = Object.freeze([
  'profile', 'employers', 'terms', 'officialAccounts', 'disabledCategories', 'minSeverity',
  'electionPeriod', 'pauseBeforePost', 'ignoredRules', 'pausedSites', 'extraPacks',
  'reviewIntervalDays', 'lockedCategories', 'schemaVersion', 'format', 'ticked', 'lastReview',
  'lastFullReview',
]);

/** JSON value kinds that have a localised name (`options_type_<kind>`). */
export const NAMED_TYPES = Object.freeze(['array', 'string', 'object', 'boolean', 'number', 'null', 'undefined']);

/**
 * The localised sentence for one problem.
 * @param {{path?: string, code: string, expected?: unknown, got?: unknown, min?: number, max?: number}} p
 * @param {(key: string, ...subs: string[]) => string} t message lookup (returns the key when missing)
 * @returns {string}
 */
export function problemText(p, t) {
  const path = String(p.path || '');
  const field = path.split(/[.[]/)[0];
  let where = path;
  if (NAMED_FIELDS.includes(field)) where = t('options_problemWhere', t(`options_field_${field}`), path);
  const kind = (x) => {
    const v = String(x);
    if (v === 'object or null') return t('options_type_objectOrNull');
    return NAMED_TYPES.includes(v) ? t(`options_type_${v}`) : v;
  };
  const got = p.got === undefined ? '' : String(p.got);
  let msg;
  switch (p.code) {
    case 'json': msg = t('options_problem_json', got); break;
    case 'type':
      msg = p.min !== undefined
        ? t('options_problem_rangeDays', String(p.min), String(p.max), got)
        : t('options_problem_type', kind(p.expected), kind(p.got));
      break;
    case 'enum': msg = t('options_problem_enum', String(p.expected), got); break;
    case 'date': msg = t('options_problem_date', got); break;
    case 'order': msg = t('options_problem_order', got); break;
    case 'range':
      if (p.min !== undefined) msg = t('options_problem_rangeDays', String(p.min), String(p.max), got);
      else if (p.max !== undefined) msg = t('options_problem_rangeMax', String(p.max), got);
      else msg = t('options_problem_range', String(p.expected), got);
      break;
    case 'unknown': msg = t('options_problem_unknown'); break;
    case 'format': msg = t('options_problem_format', got); break;
    case 'empty': msg = t('options_problem_empty'); break;
    case 'too-long': msg = t('options_problem_tooLong', got, String(p.expected)); break;
    case 'version': msg = t('options_problem_version', got, String(p.expected)); break;
    default: msg = t('options_problem_other', String(p.code));
  }
  return where ? t('options_problemLine', where, msg) : msg;
}
