import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './global.css';
import './components/player-app.js';
import { PlayerRuntime } from './player-runtime.js';

const app = document.querySelector('player-app');
if (app) void new PlayerRuntime(app).start();
