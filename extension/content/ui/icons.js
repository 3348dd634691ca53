// SVG severity shapes and icons: see extension/shared/icons.js (shared with the extension pages;
// esbuild inlines it into the content script).
export { severityIcon, icon } from '../../shared/icons.js';
