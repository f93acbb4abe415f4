// First, so that storage opens while the rest of the player is still evaluating.
import { storageAtStart } from './storage/storage-at-start.js';
import './fonts.css';
import './global.css';
import './components/player-app.js';
import { loadFontsEarly } from './platform/load-fonts-early.js';
import { PlayerRuntime } from './player-runtime.js';
import { startPreview } from './preview/start-preview.js';

loadFontsEarly();
const app = document.querySelector('player-app');
if (app) {
  if (storageAtStart) {
    new PlayerRuntime(app).start(storageAtStart).catch((error: unknown) => {
      // Without storage a screen can neither pair nor keep its content: it says so, not nothing.
      app.problem = `the player could not start: ${error instanceof Error ? error.message : error}`;
    });
  } else {
    startPreview(app);
  }
}
