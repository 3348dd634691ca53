// STUB of the engine's wasm-bindgen glue (target/wasm-pkg/reserve.js), for developing and
// testing the extension before/without the Rust build: same exports and result shape as
// docs/CONTRACTS.md, a handful of fixed rules. It compiles the (empty) wasm module it is given,
// so the hosts' WebAssembly paths (and the Chromium CSP trap) are exercised for real.
// Build with: node tools/build-extension.mjs --engine tests/extension-unit/stub-engine

let ready = false;

/** Synchronous init from bytes or a WebAssembly.Module. */
export function initSync(arg) {
  const m = arg && 'module' in arg ? arg.module : arg;
  const mod = m instanceof WebAssembly.Module ? m : new WebAssembly.Module(m);
  new WebAssembly.Instance(mod, {});
  ready = true;
  return {};
}

/** Async init (default export), like wasm-bindgen's. */
export default async function init(arg) {
  let m = arg && typeof arg === 'object' && 'module_or_path' in arg ? arg.module_or_path : arg;
  if (m === undefined) m = new URL('reserve_bg.wasm', import.meta.url);
  if (typeof m === 'string' || m instanceof URL) m = await (await fetch(m)).arrayBuffer();
  const mod = m instanceof WebAssembly.Module ? m : await WebAssembly.compile(m);
  await WebAssembly.instantiate(mod, {});
  ready = true;
  return {};
}

const RULES = [
  { id: 'confidential.secret', category: 'confidential', severity: 'high', re: /\b(?:secret|confidential|classified|protected b)\b/gi,
    en: ['Confidential information', 'This looks like information you may not share.'], fr: ['Information confidentielle', 'Cette information ne doit pas être diffusée.'] },
  { id: 'confidential.cabinet', category: 'confidential', severity: 'high', re: /\b(?:cabinet (?:document|confidence)s?|document du cabinet)\b/gi,
    en: ['Cabinet confidence', 'Cabinet documents are protected.'], fr: ['Document confidentiel du Cabinet', 'Les documents du Cabinet sont protégés.'] },
  { id: 'political.vote-call', category: 'political', severity: 'warning', re: /\b(?:vote for|votez pour)\b/gi,
    en: ['Call to vote', 'Calling to vote for a party may breach political neutrality.'], fr: ['Appel au vote', 'Appeler à voter peut contrevenir à la neutralité politique.'] },
  { id: 'personal-info.sin', category: 'personal-info', severity: 'high', re: /\b\d{3}[ -]?\d{3}[ -]?\d{3}\b/g,
    en: ['Social insurance number', 'Never post a SIN.'], fr: ["Numéro d'assurance sociale", 'Ne publiez jamais un NAS.'] },
  { id: 'operations.my-department', category: 'employer', severity: 'info', re: /\b(?:my department|mon ministère)\b/gi,
    en: ['Employer mention', 'You name your employer.'], fr: ['Mention de l’employeur', 'Vous nommez votre employeur.'] },
];

const FR = /\b(?:le|la|les|des|est|et|une|nous|vous|pour|avec|sur|dans|du|au|aux)\b/gi;
const EN = /\b(?:the|is|and|are|we|you|for|with|on|in|of|to|our|this)\b/gi;

function language(text) {
  const fr = (text.match(FR) || []).length;
  const en = (text.match(EN) || []).length;
  if (fr + en < 2) return 'unknown';
  if (fr && en && Math.min(fr, en) / (fr + en) >= 0.2) return 'bilingual';
  return fr > en ? 'fr' : 'en';
}

const SEV = ['info', 'warning', 'high'];

/** Stub of the engine class. */
export class Engine {
  constructor(settings = {}) {
    if (!ready) throw new Error('engine not initialised');
    this.s = settings || {};
  }
  rules() {
    return RULES.map((r) => ({ id: r.id, category: r.category, severity: r.severity, languages: ['en', 'fr'], title: r.en[0], source: 'stub' }));
  }
  analyze(text) {
    const s = this.s;
    const ui = s.uiLang === 'fr' ? 'fr' : 'en';
    const min = SEV.indexOf(s.minSeverity || 'info');
    const out = [];
    const add = (rule, category, severity, start, end, title, message) => {
      if ((s.disabledRules || []).includes(rule) || (s.disabledCategories || []).includes(category)) return;
      if (SEV.indexOf(severity) < min) return;
      out.push({ rule, category, severity, start, end, excerpt: text.slice(start, end), title, message, source: 'Stub guide, s. 1' });
    };
    for (const r of RULES) {
      r.re.lastIndex = 0;
      let m;
      while ((m = r.re.exec(text))) add(r.id, r.category, r.severity, m.index, m.index + m[0].length, r[ui][0], r[ui][1]);
    }
    for (const name of [...(s.employers || []), ...(s.terms || [])]) {
      if (!name) continue;
      const re = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
      let m;
      const isTerm = (s.terms || []).includes(name);
      while ((m = re.exec(text))) add(isTerm ? 'confidential.term' : 'employer.name', isTerm ? 'confidential' : 'employer', isTerm ? 'high' : 'warning', m.index, m.index + m[0].length, isTerm ? 'Sensitive term' : 'Employer named', 'Stub message.');
    }
    const lang = language(text);
    if (s.official === 'bilingual' && (lang === 'en' || lang === 'fr')) {
      add('official-language.unilingual', 'official-language', 'high', 0, text.length,
        ui === 'fr' ? 'Publication unilingue' : 'Unilingual post',
        ui === 'fr' ? 'Ce compte officiel doit publier dans les deux langues officielles.' : 'This official account must post in both official languages.');
    }
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    return { language: lang, findings: out };
  }
  free() {}
}
