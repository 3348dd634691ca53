// Readable names for the guides the rules cite: see extension/shared/guides.js (one list for the
// in-page card and the extension pages; esbuild inlines it into the content script).
export { GUIDES, guideFor, parseSource } from '../../shared/guides.js';
