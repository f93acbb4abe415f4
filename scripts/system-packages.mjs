// What `npm test` needs from the system besides node_modules: Chromium for the browser tests and
// nginx for the fault scenarios, both from the distribution (this project never downloads a
// browser). `planSystemPackages` is pure; `ensureSystemPackages` acts on its plan.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The Debian package each missing program comes from, given what exists on this machine. */
export function missingSystemPackages({ chromiumPath, nginxPath }, exists = existsSync) {
  const missing = [];
  if (!exists(chromiumPath)) missing.push('chromium');
  if (!exists(nginxPath)) missing.push('nginx');
  return missing;
}

/**
 * Install (as root where apt-get exists, as .ci/run does) or stop with the one command to type.
 * A CHROMIUM_PATH that names a missing file is the user's to fix: apt-get would not put it there.
 */
export function planSystemPackages({ missing, isRoot, hasAptGet, chromiumPathSet }) {
  if (missing.length === 0) return { action: 'none' };
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (chromiumPathSet && missing.includes('chromium')) {
    return {
      action: 'stop',
      message: `CHROMIUM_PATH names no file: point it at a Chromium binary, or unset it and run \`sudo ${command}\`.`,
    };
  }
  if (isRoot && hasAptGet) return { action: 'install', packages: missing };
  return {
    action: 'stop',
    message: `The browser tests need ${missing.join(' and ')}, which this machine lacks. Install with:\n\n  sudo ${command}\n\nthen run npm test again.`,
  };
}

/** Makes sure the system packages are there; returns false (having said why) when they are not. */
export function ensureSystemPackages(env = process.env) {
  const chromiumPath = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const paths = { chromiumPath, nginxPath: '/usr/sbin/nginx' };
  const plan = planSystemPackages({
    missing: missingSystemPackages(paths),
    isRoot: process.getuid?.() === 0,
    hasAptGet: existsSync('/usr/bin/apt-get'),
    chromiumPathSet: env.CHROMIUM_PATH !== undefined,
  });
  if (plan.action === 'none') return true;
  if (plan.action === 'stop') {
    process.stderr.write(`\n${plan.message}\n\n`);
    return false;
  }
  process.stdout.write(
    `Installing ${plan.packages.join(' and ')} with apt-get for the browser tests (as .ci/run does)…\n`,
  );
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-q'],
    ['install', '-y', '-q', ...plan.packages],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: aptEnv });
    if (result.status !== 0) break;
  }
  const still = missingSystemPackages(paths);
  if (still.length === 0) return true;
  process.stderr.write(
    `\napt-get did not install ${still.join(' and ')}. Install with:\n\n  sudo apt-get install -y ${still.join(' ')}\n\nthen run npm test again.\n\n`,
  );
  return false;
}
