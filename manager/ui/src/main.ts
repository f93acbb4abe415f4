import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import './styles/page.css';
import { applyStoredLocale } from './i18n/locale.js';
import './components/admin-app.js';

await applyStoredLocale();
