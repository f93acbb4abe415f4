import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './global.css';
import './components/player-app.js';
import { loadFontsEarly } from './platform/load-fonts-early.js';
import { PlayerRuntime } from './player-runtime.js';
import { startPreview } from './preview/start-preview.js';

loadFontsEarly();
const app = document.querySelector('player-app');
if (app) {
  if (new URLSearchParams(location.search).get('preview') === '1') startPreview(app);
  else void new PlayerRuntime(app).start();
}
