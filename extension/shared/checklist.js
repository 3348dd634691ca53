/**
 * The account-settings checklist shown in the popup: what to configure on each platform, why,
 * which guide says so, and a link to the platform's own settings page where one exists.
 * Pure data + small helpers (no browser API); text in French and English.
 *
 * Sources (files in /work/shared/guides, cited by their short name):
 *   000 "Fiche 12 — Configurez les médias sociaux" (Québec)
 *   001 "Utiliser les médias sociaux de façon efficace et sécuritaire" (ESDC, 2012)
 *   003 "Ligne directrice sur l'utilisation officielle des médias sociaux" (Treasury Board, 2014)
 *   004 "Guide du bon usage des médias sociaux" (Ministère de l'Intérieur, 2014)
 * Opening a link is the user's own navigation (a new tab on the platform's site), not a request
 * made by the extension.
 */

/** Platforms of the checklist, in default order. */
export const CHECKLIST_PLATFORMS = Object.freeze(['facebook', 'x', 'linkedin']);

/** Display names of the platforms. */
export const PLATFORM_NAMES = Object.freeze({ facebook: 'Facebook', x: 'X', linkedin: 'LinkedIn' });

const G000 = { file: '000_ef83aff2371f22e8.txt', short: { fr: 'Fiche 12 — Configurez les médias sociaux', en: 'Fiche 12 — Configurez les médias sociaux (Québec)' } };
const G001 = { file: '001_e85cc54b9524662b.txt', short: { fr: 'RHDCC — Utiliser les médias sociaux de façon efficace et sécuritaire', en: 'ESDC — Utiliser les médias sociaux de façon efficace et sécuritaire' } };
const G003 = { file: '003_8aa2fa0cb5567b3b.txt', short: { fr: 'Conseil du Trésor — Ligne directrice sur l’utilisation officielle des médias sociaux', en: 'Treasury Board — Guideline on official use of social media' } };
const G004 = { file: '004_a73b703bd5c2f1a6.txt', short: { fr: 'Ministère de l’Intérieur — Guide du bon usage des médias sociaux', en: 'French Ministry of the Interior — Guide du bon usage des médias sociaux' } };

const cite = (guide, section) => ({ file: guide.file, title: guide.short, section });

/**
 * The checklist items. Each: `id`, `title` and `why` ({fr, en}), `sources` (guide file, title,
 * section), `links` (platform -> URL of its own settings page, or absent), `platforms` (where the
 * item applies).
 */
export const CHECKLIST_ITEMS = Object.freeze([
  {
    id: 'mfa',
    title: { en: 'Multi-factor authentication is on', fr: 'L’authentification multifacteur est activée' },
    why: {
      en: 'A stolen or guessed password alone is then not enough to take over your account and post in your name.',
      fr: 'Un mot de passe volé ou deviné ne suffit plus pour prendre le contrôle du compte et publier en votre nom.',
    },
    sources: [cite(G000, 'Sécurisez l’accès à vos applications de médias sociaux'), cite(G003, 'Mesures de sécurité des technologies de l’information')],
    links: {
      x: 'https://x.com/settings/account/login_verification',
      facebook: 'https://accountscenter.facebook.com/password_and_security/two_factor',
      linkedin: 'https://www.linkedin.com/mypreferences/d/two-step-verification',
    },
  },
  {
    id: 'password',
    title: { en: 'A strong password used nowhere else', fr: 'Un mot de passe robuste, utilisé nulle part ailleurs' },
    why: {
      en: 'At least 10 characters mixing digits, lower and upper case letters and symbols, or a long passphrase; never reused on another site.',
      fr: 'Au moins 10 caractères mêlant chiffres, minuscules, majuscules et caractères spéciaux, ou une longue phrase de passe; jamais réutilisé sur un autre site.',
    },
    sources: [cite(G004, 'Confidentialité'), cite(G000, 'Sécurisez l’accès à vos applications de médias sociaux')],
    links: {
      x: 'https://x.com/settings/password',
      facebook: 'https://accountscenter.facebook.com/password_and_security/password/change',
      linkedin: 'https://www.linkedin.com/mypreferences/d/change-password',
    },
  },
  {
    id: 'audience',
    title: { en: 'You chose who can see your posts', fr: 'Vous avez choisi qui peut voir vos publications' },
    why: {
      en: 'Limit your posts to the people you mean to reach, such as family and friends; even then, treat them as public.',
      fr: 'Limitez vos publications aux personnes visées, par exemple votre famille et vos amis; même alors, considérez-les comme publiques.',
    },
    sources: [cite(G000, 'Éditez les paramètres de confidentialité'), cite(G004, 'Confidentialité'), cite(G001, 'N’oubliez pas… l’information demeure publique')],
    links: {
      x: 'https://x.com/settings/audience_and_tagging',
      facebook: 'https://www.facebook.com/settings/?tab=privacy',
      linkedin: 'https://www.linkedin.com/mypreferences/d/categories/visibility',
    },
  },
  {
    id: 'tagging',
    title: { en: 'You control who can follow, tag and mention you, with tag review on', fr: 'Vous contrôlez qui peut vous suivre, vous identifier et vous mentionner, avec l’examen des identifications activé' },
    why: {
      en: 'Know your contacts, refuse requests you do not expect, and be alerted when someone tags you so content about you does not appear unnoticed.',
      fr: 'Connaissez vos contacts, refusez les demandes inattendues et soyez alerté quand on vous identifie, afin qu’aucun contenu vous concernant ne passe inaperçu.',
    },
    sources: [cite(G004, 'N’oubliez pas — Activez la fonction d’alerte en cas de taggage'), cite(G000, 'Établissez qui peut vous suivre')],
    links: {
      x: 'https://x.com/settings/audience_and_tagging',
      facebook: 'https://www.facebook.com/settings/?tab=privacy',
      linkedin: 'https://www.linkedin.com/mypreferences/d/categories/visibility',
    },
  },
  {
    id: 'location',
    title: { en: 'Location and geotagging are off', fr: 'La géolocalisation et le géomarquage sont désactivés' },
    why: {
      en: 'A place attached to a post can reveal where you work, live or intervene. On Facebook location can be on by default.',
      fr: 'Un lieu joint à une publication peut révéler où vous travaillez, habitez ou intervenez. Sur Facebook, la géolocalisation peut être activée par défaut.',
    },
    sources: [cite(G004, 'Confidentialité'), cite(G004, 'N’oubliez pas — Désactivez la géolocalisation')],
    links: {
      x: 'https://x.com/settings/location_information',
      facebook: 'https://www.facebook.com/settings/?tab=location',
    },
  },
  {
    id: 'apps',
    title: { en: 'Third-party apps and logins reviewed', fr: 'Applications et connexions tierces vérifiées' },
    why: {
      en: 'Remove apps you no longer use, and never use an institutional account to sign in to other apps or sites.',
      fr: 'Retirez les applications inutilisées et n’utilisez jamais un compte institutionnel pour vous connecter à d’autres applications ou sites.',
    },
    sources: [cite(G000, 'Adoptez des pratiques sécuritaires d’utilisation')],
    links: {
      x: 'https://x.com/settings/connected_apps',
      facebook: 'https://www.facebook.com/settings/?tab=applications',
      linkedin: 'https://www.linkedin.com/mypreferences/d/permitted-services',
    },
  },
  {
    id: 'profile',
    title: { en: 'Profile without employer logo and with little about your job', fr: 'Profil sans logo de l’employeur et avec peu de détails sur votre poste' },
    why: {
      en: 'Naming your employer makes readers see you as speaking for it. Use no institutional logo, say little about your duties (especially on LinkedIn), and use a pseudonym where the platform allows it.',
      fr: 'Mentionner votre employeur vous fait représenter l’institution aux yeux des lecteurs. N’utilisez aucun logo institutionnel, détaillez peu vos missions (surtout sur LinkedIn) et préférez un pseudonyme là où la plateforme le permet.',
    },
    sources: [cite(G004, 'Les bons réflexes'), cite(G004, 'N’oubliez pas — Détaillez peu vos missions'), cite(G001, 'La transparence de l’identité en ligne')],
    links: {
      x: 'https://x.com/settings/profile',
      facebook: 'https://www.facebook.com/me/',
      linkedin: 'https://www.linkedin.com/in/me/',
    },
  },
  {
    id: 'separate',
    title: { en: 'Personal and professional use kept apart', fr: 'Usages personnel et professionnel séparés' },
    why: {
      en: 'Keep separate accounts where you can; the duty of loyalty applies even on a personal account.',
      fr: 'Gardez des comptes distincts autant que possible; le devoir de loyauté s’applique même sur un compte personnel.',
    },
    sources: [cite(G000, 'Adoptez des pratiques sécuritaires d’utilisation'), cite(G000, 'Que pouvez-vous dire dans vos médias sociaux personnels?')],
    links: {},
  },
  {
    id: 'official',
    title: { en: 'Official accounts are verified and held by few people', fr: 'Les comptes officiels sont authentifiés et confiés à peu de personnes' },
    why: {
      en: 'If you run an institutional account: use the platform’s verification for official accounts, give access to as few people as possible and document who has it.',
      fr: 'Si vous gérez un compte institutionnel : utilisez l’authentification des comptes officiels offerte par la plateforme, limitez l’accès au plus petit nombre et documentez qui l’a.',
    },
    sources: [cite(G000, 'Utilisez les systèmes d’authentification des comptes officiels'), cite(G003, 'Mesures de sécurité des technologies de l’information')],
    links: {},
  },
]);

/**
 * All 'platform.item' keys of the checklist (the keys of the stored ticks).
 * @returns {string[]}
 */
export function checklistKeys() {
  return CHECKLIST_PLATFORMS.flatMap((p) => CHECKLIST_ITEMS.map((i) => `${p}.${i.id}`));
}

/**
 * The platforms, with `current` (if it is one of them) first.
 * @param {string} [current]
 * @returns {string[]}
 */
export function orderedPlatforms(current) {
  return CHECKLIST_PLATFORMS.includes(current)
    ? [current, ...CHECKLIST_PLATFORMS.filter((p) => p !== current)]
    : [...CHECKLIST_PLATFORMS];
}

/**
 * Progress of one platform.
 * @param {object} state checklist state ({ticked})
 * @param {string} platform
 * @returns {{done: number, total: number}}
 */
export function progressOf(state, platform) {
  const total = CHECKLIST_ITEMS.length;
  const done = CHECKLIST_ITEMS.filter((i) => state?.ticked?.[`${platform}.${i.id}`]).length;
  return { done, total };
}

/**
 * Item text in a language ('fr' or 'en').
 * @param {object} item
 * @param {string} lang
 * @returns {{title: string, why: string, sources: {file: string, title: string, section: string}[]}}
 */
export function itemText(item, lang) {
  const l = lang === 'fr' ? 'fr' : 'en';
  return {
    title: item.title[l],
    why: item.why[l],
    sources: item.sources.map((s) => ({ file: s.file, title: s.title[l], section: s.section })),
  };
}
