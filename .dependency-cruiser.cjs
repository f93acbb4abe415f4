/**
 * The import rules `npm run lint` checks: no cycles; manager → shared ← player with no other
 * crossing; inside the manager, layers import only downward (store ← domain services ← api ←
 * app). Run `npx depcruise --config .dependency-cruiser.cjs manager/src shared/src player/src`.
 */
const DOMAIN =
  '^manager/src/(auth|demo|events|holidays|http|manifest|media|monitoring|plays|procedures|reports)/';
const TOP = '^manager/src/(app|index|first-run)\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle of run-time imports: module order decides what is initialised first.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-in-manager',
      severity: 'error',
      comment:
        'In the manager not even through types (shared and the player still have mutual type references between classes).',
      from: { path: '^manager/' },
      to: { circular: true },
    },
    {
      name: 'monitoring-not-reports',
      severity: 'error',
      comment: 'Reports read what monitoring records (uptime); monitoring never needs a report.',
      from: { path: '^manager/src/monitoring/' },
      to: { path: '^manager/src/reports/' },
    },
    {
      name: 'shared-stands-alone',
      severity: 'error',
      comment: 'shared is imported by the manager and the player; it imports neither.',
      from: { path: '^shared/' },
      to: { path: '^(manager|player)/' },
    },
    {
      name: 'player-not-manager',
      severity: 'error',
      comment: 'The player reaches the manager over HTTP only; contracts live in shared.',
      from: { path: '^player/' },
      to: { path: '^manager/' },
    },
    {
      name: 'manager-not-player',
      severity: 'error',
      from: { path: '^manager/' },
      to: { path: '^player/' },
    },
    {
      name: 'store-imports-only-store',
      severity: 'error',
      comment: 'The store is the lowest layer: it knows no domain service, route or app.',
      from: { path: '^manager/src/store/' },
      to: { path: '^manager/src/', pathNot: '^manager/src/(store/|errors\\.ts$|logger\\.ts$)' },
    },
    {
      name: 'domain-not-api',
      severity: 'error',
      comment: 'Domain services are called by the API, never the other way round.',
      from: { path: DOMAIN },
      to: { path: ['^manager/src/api/', TOP] },
    },
    {
      name: 'api-not-app',
      severity: 'error',
      comment: 'The app composes the API; the API does not reach back into it.',
      from: { path: '^manager/src/api/' },
      to: { path: TOP },
    },
    {
      name: 'base-imports-nothing-above',
      severity: 'error',
      comment: 'errors, logger and env are used everywhere; they use no other part.',
      from: { path: '^manager/src/(errors|logger|env)\\.ts$' },
      to: { path: '^manager/src/', pathNot: '^manager/src/(errors|logger|env)\\.ts$' },
    },
    {
      name: 'pdfjs-in-the-browser-only',
      severity: 'error',
      comment:
        'pdf.js renders slide decks in the admin app. Its Node canvas (@napi-rs/canvas, 35 MB) is replaced by an empty package in package.json "overrides", so pdf.js run in Node would fail.',
      from: { path: '^(manager/src|shared|player)/' },
      to: { path: '(^|/)node_modules/pdfjs-dist/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    // Type-only imports count: a type from a higher layer is still a dependency on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
