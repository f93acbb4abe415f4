import { describe, expect, it } from 'vitest';
import { missingSystemPackages, planSystemPackages } from '../../../scripts/system-packages.mjs';

const facts = { isRoot: true, hasAptGet: true, chromiumPathSet: false };

describe('the system packages npm test needs', () => {
  it('names the Debian package of each missing program', () => {
    const paths = { chromiumPath: '/usr/bin/chromium', nginxPath: '/usr/sbin/nginx' };
    expect(missingSystemPackages(paths, (path) => path === '/usr/sbin/nginx')).toEqual([
      'chromium',
    ]);
    expect(missingSystemPackages(paths, () => false)).toEqual(['chromium', 'nginx']);
    expect(missingSystemPackages(paths, () => true)).toEqual([]);
  });

  it('does nothing when nothing is missing', () => {
    expect(planSystemPackages({ ...facts, missing: [] })).toEqual({ action: 'none' });
  });

  it('installs with apt-get as root, as .ci/run does', () => {
    expect(planSystemPackages({ ...facts, missing: ['chromium'] })).toEqual({
      action: 'install',
      packages: ['chromium'],
    });
  });

  it.each([
    ['not root', { isRoot: false }],
    ['without apt-get', { hasAptGet: false }],
  ])('stops with the one command to type when %s', (_, change) => {
    const plan = planSystemPackages({ ...facts, ...change, missing: ['chromium', 'nginx'] });
    expect(plan.action).toBe('stop');
    expect(plan.action === 'stop' && plan.message).toContain(
      'sudo apt-get install -y chromium nginx',
    );
  });

  it('leaves a CHROMIUM_PATH naming no file to the user, since apt-get would not fill it', () => {
    const plan = planSystemPackages({ ...facts, chromiumPathSet: true, missing: ['chromium'] });
    expect(plan.action).toBe('stop');
    expect(plan.action === 'stop' && plan.message).toContain('CHROMIUM_PATH');
  });
});
