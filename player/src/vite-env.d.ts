/// <reference types="vite/client" />

/** The player's package version, injected at build time (vite.config.ts). */
declare const __APP_VERSION__: string;
