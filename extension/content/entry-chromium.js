// Content-script entry for Chromium builds: the engine runs in the background service worker,
// so this bundle contains no WebAssembly code at all (see engine-remote.js).
import { startContent } from './main.js';
import { createRemoteHost } from './engine-remote.js';

startContent(createRemoteHost()).catch((err) => console.error('Réserve failed to start', err));
