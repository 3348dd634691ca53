// Readable names for the guides the rules cite. A rule's `source` is
// "<NNN>_<hash>.txt § <section>" (see rules/README.md); the number identifies the guide.
// Shared by the in-page card (content/ui/guides.js re-exports it; the content bundle inlines it)
// and the extension pages (the "Learn more" page), which load it as an ES module.

/** The five source guides, keyed by their three-digit file prefix. */
export const GUIDES = Object.freeze({
  '000': Object.freeze({
    id: '000',
    title: 'Fiche 12 — Configurez les médias sociaux',
    publisher: 'Gouvernement du Québec',
    jurisdiction: 'Québec',
  }),
  '001': Object.freeze({
    id: '001',
    title: 'Utiliser les médias sociaux de façon efficace et sécuritaire',
    publisher: 'EDSC / ESDC',
    jurisdiction: 'Canada',
  }),
  '002': Object.freeze({
    id: '002',
    title: 'COM-4 Utiliser les médias sociaux',
    publisher: 'Élections Québec',
    jurisdiction: 'Québec',
  }),
  '003': Object.freeze({
    id: '003',
    title: 'Ligne directrice sur l’utilisation officielle des médias sociaux',
    publisher: 'Conseil du Trésor / Treasury Board',
    jurisdiction: 'Canada',
  }),
  '004': Object.freeze({
    id: '004',
    title: 'Guide du bon usage des médias sociaux',
    publisher: 'Ministère de l’Intérieur',
    jurisdiction: 'France',
  }),
});

/**
 * Looks up a guide from a file name or a bare number ("004_a73b….txt", "004", "4").
 * @param {string} file
 * @returns {null | {id: string, title: string, publisher: string, jurisdiction: string}}
 */
export function guideFor(file) {
  const m = /^\s*(\d{1,3})(?:[_.\s]|$)/.exec(String(file || ''));
  if (!m) return null;
  return GUIDES[m[1].padStart(3, '0')] || null;
}

/**
 * Splits a finding's `source` into its guide and section.
 * Unknown files keep their raw text as `raw` so nothing is lost.
 * @param {string} source  e.g. "004_a73b703bd5c2f1a6.txt § Secret professionnel"
 * @returns {{guide: null | object, section: string, raw: string}}
 */
export function parseSource(source) {
  const raw = String(source || '').trim();
  const idx = raw.indexOf('§');
  const file = (idx >= 0 ? raw.slice(0, idx) : raw).trim();
  const section = idx >= 0 ? raw.slice(idx + 1).trim() : '';
  return { guide: guideFor(file), section, raw };
}
