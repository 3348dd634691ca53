// The options page's local diagnostic: a plain-text report an IT team can read to tell whether
// a site changed under Réserve. It holds the extension and browser versions and, for every open
// tab where Réserve runs, the site adapter, the date its selectors were checked, the composers
// watched (by kind), whether an unrecognised text box was focused, and how many elements each
// of the adapter's selectors matched. Never the user's text, never a URL; no network.

import { extApi } from '../shared/settings.js';
import { t, el } from '../shared/page.js';

const api = extApi();
/** The last report built (kept across re-renders of the options page). */
let report = '';

/** "Firefox 153.0" / "Chromium 156.0.…" from the browser itself. */
async function browserVersion() {
  try {
    if (api.runtime.getBrowserInfo) {
      const info = await api.runtime.getBrowserInfo();
      return `${info.name} ${info.version}`;
    }
  } catch { /* not Firefox */ }
  const m = navigator.userAgent.match(/(HeadlessChrome|Chromium|Chrome)\/([\d.]+)/);
  return m ? `${m[1]} ${m[2]}` : navigator.userAgent;
}

/**
 * Builds the report text from the background's per-tab self-checks.
 * @returns {Promise<string>}
 */
export async function buildReport() {
  const tabs = await api.runtime.sendMessage({ type: 'reserve:diagnostics' });
  const lines = [
    t('options_diagReportTitle'),
    `extension: ${api.runtime.getManifest().version}`,
    `browser: ${await browserVersion()}`,
    `tabs: ${Array.isArray(tabs) ? tabs.length : 0}`,
  ];
  for (const tab of Array.isArray(tabs) ? tabs : []) {
    const k = tab.kinds || {};
    lines.push('');
    lines.push(`site: ${tab.site} · adapter: ${tab.adapter} (selectors checked ${tab.version || '?'})`);
    lines.push(`watched: ${tab.watched} (post ${k.post || 0}, comment ${k.comment || 0}, message ${k.message || 0})`);
    lines.push(`unrecognised text box focused: ${tab.unrecognised ? 'YES' : 'no'}`);
    for (const p of tab.probes || []) lines.push(`  ${p.name}: ${p.count}`);
  }
  return lines.join('\n');
}

/**
 * The "Diagnostic" section (built with the page's `section` helper).
 * @param {(id: string, titleKey: string, helpKey: string, ...body: Node[]) => HTMLElement} section
 * @returns {HTMLElement}
 */
export function diagnosticSection(section) {
  const out = el('pre', { id: 'diag-output', class: 'diag', text: report, attrs: { tabindex: '0', 'aria-label': t('options_diagOutputLabel') } });
  out.hidden = !report;
  const status = el('p', { id: 'diag-status', class: 'small muted', attrs: { role: 'status', 'aria-live': 'polite' } });
  const copy = el('button', {
    type: 'button', id: 'diag-copy', text: t('options_diagCopy'), disabled: !report,
    on: {
      click: async () => {
        try {
          await navigator.clipboard.writeText(report);
          status.textContent = t('options_diagCopied');
        } catch {
          // Clipboard refused: select the text so the user can copy it by hand.
          const range = document.createRange();
          range.selectNodeContents(out);
          document.getSelection().removeAllRanges();
          document.getSelection().addRange(range);
          status.textContent = t('options_diagSelect');
        }
      },
    },
  });
  const run = el('button', {
    type: 'button', id: 'diag-run', text: t('options_diagRun'),
    on: {
      click: async () => {
        run.disabled = true;
        try {
          report = await buildReport();
          out.textContent = report;
          out.hidden = false;
          copy.disabled = false;
          status.textContent = t('options_diagReady');
        } catch (e) {
          status.textContent = `${t('options_diagFailed')} ${e?.message || e}`;
        } finally {
          run.disabled = false;
        }
      },
    },
  });
  return section('sec-diagnostic', 'options_diagTitle', 'options_diagHelp', el('div', { class: 'row' }, run, copy), status, out);
}
