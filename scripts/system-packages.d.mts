// Types for system-packages.mjs, which node runs as it is (before anything is compiled).
export function missingSystemPackages(
  paths: { chromiumPath: string; nginxPath: string },
  exists?: (path: string) => boolean,
): string[];

export type SystemPackagesPlan =
  | { action: 'none' }
  | { action: 'install'; packages: string[] }
  | { action: 'stop'; message: string };

export function planSystemPackages(facts: {
  missing: string[];
  isRoot: boolean;
  hasAptGet: boolean;
  chromiumPathSet: boolean;
}): SystemPackagesPlan;

export function ensureSystemPackages(env?: NodeJS.ProcessEnv): boolean;
