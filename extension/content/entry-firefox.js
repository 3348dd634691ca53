// Content-script entry for Firefox builds: the content script hosts the wasm engine itself
// (Firefox content scripts are exempt from the page's CSP), see engine-local.js.
import { startContent } from './main.js';
import { createLocalHost } from './engine-local.js';

startContent(createLocalHost()).catch((err) => console.error('Réserve failed to start', err));
