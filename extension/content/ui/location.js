// The finding shown when the platform's location picker has a place attached (no text span).

import { t } from './i18n.js';

/**
 * A synthetic `location` warning, in the engine's finding shape, for the findings list and the
 * card when a place is attached to the post. `start`/`end` are -1: it points at no text.
 * @param {string} [place] the place's name as the site shows it (named in the title)
 * @returns {{rule: string, category: string, severity: 'warning', start: number, end: number, excerpt: string, title: string, message: string, source: string}}
 */
export function locationTagFinding(place) {
  return {
    rule: 'location.tag-attached',
    category: 'location',
    severity: 'warning',
    start: -1,
    end: -1,
    excerpt: place || '',
    title: place && place !== '?' ? t('ui_location_title_place', place) : t('ui_location_title'),
    message: t('ui_location_message'),
    source: '004_a73b703bd5c2f1a6.txt § Désactivez la géolocalisation',
  };
}
