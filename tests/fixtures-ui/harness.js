// Test-only harness: a chrome.i18n shim reading the real locale fragments, a recorder of shadow
// roots (so the tests can reach inside the CLOSED roots), and the components on `window.ui`.
// Nothing here ships in the extension.

const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'fr' ? 'fr' : 'en';
document.documentElement.lang = lang;

// --- an editor inside an OPEN shadow root, like LinkedIn's share box (made before the recorder) ---
{
  const shadowHost = document.getElementById('shadow-host');
  const open = shadowHost.attachShadow({ mode: 'open' });
  const ed = document.createElement('div');
  ed.id = 'shadow-editor';
  ed.contentEditable = 'true';
  ed.setAttribute('role', 'textbox');
  ed.textContent = 'Réunion demain au bureau de Gatineau.';
  open.appendChild(ed);
}

// --- record every shadow root (tests only) ---
window.__roots = [];
window.__rootModes = [];
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function attachShadowRecorded(init) {
  const root = attach.call(this, init);
  window.__roots.push(root);
  window.__rootModes.push(init && init.mode);
  return root;
};

// --- chrome.i18n shim over extension/locales/ui.<lang>.json (Chrome messages.json semantics) ---
const messages = await (await fetch(`/extension/locales/ui.${lang}.json`)).json();
function getMessage(key, subs) {
  const entry = messages[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs.map(String) : [String(subs)];
  const positional = (s) => s.replace(/\$(\d)/g, (_, d) => list[Number(d) - 1] ?? '');
  const ph = {};
  for (const [name, def] of Object.entries(entry.placeholders || {})) ph[name.toLowerCase()] = positional(def.content);
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name) => ph[name.toLowerCase()] ?? m).replace(/\$\$/g, '$');
}
globalThis.chrome = { i18n: { getMessage, getUILanguage: () => (lang === 'fr' ? 'fr-CA' : 'en-CA') } };

// --- CSP violations on this page (there must be none) ---
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
});

// --- editor mutation recorder (the UI must never touch the editor) ---
window.__editorMutations = [];
const editor = document.getElementById('editor');
new MutationObserver((list) => {
  for (const m of list) window.__editorMutations.push(m.type);
}).observe(editor, { subtree: true, childList: true, attributes: true, characterData: true });

const [badge, list, card, confirm, announcer, guides, i18n, locationTag] = await Promise.all([
  import('/extension/content/ui/badge.js'),
  import('/extension/content/ui/findings-list.js'),
  import('/extension/content/ui/card.js'),
  import('/extension/content/ui/confirm-post.js'),
  import('/extension/content/ui/announcer.js'),
  import('/extension/content/ui/guides.js'),
  import('/extension/content/ui/i18n.js'),
  import('/extension/content/ui/location.js'),
]);
window.ui = { ...badge, ...list, ...card, ...confirm, ...announcer, ...guides, ...i18n, ...locationTag };

window.sampleFindings = [
  { rule: 'confidential.marking', category: 'confidential', severity: 'high', start: 14, end: 23, excerpt: 'Protégé B',
    title: lang === 'fr' ? 'Mention de classification' : 'Classification marking',
    message: lang === 'fr' ? 'Une information classifiée ou protégée ne doit jamais être publiée, même en partie.'
      : 'Classified or protected information must never be posted, even partially.',
    source: '004_a73b703bd5c2f1a6.txt § Secret professionnel' },
  { rule: 'criticism.employer-negative', category: 'criticism', severity: 'warning', start: 55, end: 79, excerpt: 'complètement incompétent',
    title: lang === 'fr' ? 'Critique de l’employeur' : 'Criticism of your employer',
    message: lang === 'fr' ? 'Critiquer publiquement votre ministère peut manquer au devoir de loyauté, même sur un compte personnel.'
      : 'Publicly criticising your department can breach your duty of loyalty, even on a personal account.',
    source: '000_ef83aff2371f22e8.txt § Devoir de loyauté' },
  { rule: 'location.workplace', category: 'location', severity: 'info', start: 112, end: 138, excerpt: 'poste de la rue Wellington',
    title: lang === 'fr' ? 'Lieu de travail identifiable' : 'Identifiable workplace',
    message: lang === 'fr' ? 'Nommer un lieu de travail précis peut exposer vos collègues et les opérations.'
      : 'Naming a precise workplace can expose your colleagues and operations.',
    source: '001_e85cc54b9524662b.txt § Transparence de l’identité' },
  { rule: 'confidential.marking', category: 'confidential', severity: 'high', start: 140, end: 150, excerpt: 'Secret Défense',
    title: lang === 'fr' ? 'Mention de classification' : 'Classification marking',
    message: lang === 'fr' ? 'Une information classifiée ou protégée ne doit jamais être publiée, même en partie.'
      : 'Classified or protected information must never be posted, even partially.',
    source: '004_a73b703bd5c2f1a6.txt § Secret professionnel' },
];

// Callback recorder for the tests.
window.__calls = [];
window.record = (name) => (arg) => window.__calls.push([name, arg && arg.rule !== undefined ? arg.rule : arg]);


// Query helpers over the recorded (closed) roots, newest first, connected hosts only.
window.q = (selector) => {
  for (const root of window.__roots.slice().reverse()) {
    if (!root.host.isConnected) continue;
    const node = root.querySelector(selector);
    if (node) return node;
  }
  return null;
};
window.activeInRoots = () => {
  for (const root of window.__roots) if (root.host.isConnected && root.activeElement) return root.activeElement;
  return null;
};
window.__ready = true;
