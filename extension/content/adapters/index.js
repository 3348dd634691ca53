// Picks the site adapter for a hostname. Adapter shape (all read-only on the page):
//   id                           'x' | 'facebook' | 'linkedin' | 'generic' (settings platform id)
//   version                      date the site's selectors were last checked (diagnostic)
//   editorSelector               CSS selector of editable roots (contenteditable or textarea)
//   shadowRoots()                open shadow roots that may hold composers
//   scopeOf(editor)              the composer container (toolbar, tagged place, post button)
//   kindOf(editor)               'post' | 'comment' | 'message'
//   readAccount(editor, scope)   posting identity or null
//   readLocation(editor, scope)  attached place name or null
//   postActionOf(element)        'post' (publishes), 'stage' (a first step such as a Page's
//                                "Next"; the real post comes later) or null
//   postButtonOf(editor, scope)  the post button or null
//   isSubmitKey(event, editor)   whether a keydown posts (Enter in comments and messages)
//   badgeAnchor(editor)          element the badge sits on
//   draftId(editor)              identity of the draft for "Ignore once"
//   probes()                     [{name, selector, count}] for the local diagnostic (no text)

import { x } from './x.js';
import { facebook } from './facebook.js';
import { linkedin } from './linkedin.js';
import { generic } from './generic.js';

/**
 * The adapter for a hostname (generic for any other site).
 * @param {string} hostname
 */
export function adapterFor(hostname) {
  const host = String(hostname).toLowerCase();
  if (/(^|\.)(x|twitter)\.com$/.test(host)) return x;
  if (/(^|\.)facebook\.com$/.test(host)) return facebook;
  if (/(^|\.)linkedin\.com$/.test(host)) return linkedin;
  return generic;
}
