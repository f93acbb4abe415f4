/// <reference types="vite/client" />

/** The player's package version, injected at build time (vite.config.ts). */
declare const __APP_VERSION__: string;

/** When the player was built (epoch ms): no correct clock reads earlier (vite.config.ts). */
declare const __BUILD_TIME__: number;
