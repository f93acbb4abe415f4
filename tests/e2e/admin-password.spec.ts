import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

/** A manager started without ADMIN_PASSWORD, so that it generates the first admin's password. */
interface FirstRunManager {
  url: string;
  generatedPassword: string;
  dispose(): Promise<void>;
}

const LOGIN_LINE = /Login:\s+admin \/ (\S+)/;

async function startFirstRunManager(): Promise<FirstRunManager> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bang-tin-e2e-password-'));
  const url = `http://127.0.0.1:${port}`;
  const { ADMIN_PASSWORD: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'manager/src/index.ts'], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: url,
      DEMO_CONTENT: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const dispose = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const generatedPassword = await waitForPassword(child);
    return { url, generatedPassword, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** Resolves with the password from the start-up banner, printed once the server listens. */
function waitForPassword(child: ChildProcess): Promise<string> {
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`no login line within 30 s:\n${output}`)),
      30_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk;
      const match = LOGIN_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', () => {
      clearTimeout(timer);
      fail(new Error(`manager exited early:\n${output}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

let manager: FirstRunManager;

test.beforeEach(async () => {
  manager = await startFirstRunManager();
});

test.afterEach(async () => {
  await manager?.dispose();
});

async function signIn(page: Page, password: string): Promise<void> {
  await page.goto(`${manager.url}/admin/`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function fillChange(page: Page, current: string, next: string, repeat = next) {
  const form = page.locator('password-change');
  await form.getByLabel('Mật khẩu hiện tại').fill(current);
  await form.getByLabel(/^Mật khẩu mới/).fill(next);
  await form.getByLabel('Nhập lại mật khẩu mới').fill(repeat);
  await form.getByRole('button', { name: 'Đổi mật khẩu' }).click();
}

test('a generated password must be changed at the first sign-in before the dashboard opens', async ({
  page,
}) => {
  await signIn(page, manager.generatedPassword);
  await expect(page.getByRole('heading', { name: 'Đổi mật khẩu' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);

  await fillChange(page, manager.generatedPassword, 'new-admin-password');

  await expect(page.getByRole('heading', { name: 'Bảng điều khiển' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Bảng điều khiển' })).toBeVisible();
});

test('the change form tells what is wrong next to each field', async ({ page }) => {
  await signIn(page, manager.generatedPassword);
  await fillChange(page, manager.generatedPassword, 'short', 'other');
  await expect(page.getByLabel(/^Mật khẩu mới/)).toHaveAccessibleDescription(/ít nhất 8 ký tự/);
  await expect(page.getByLabel('Nhập lại mật khẩu mới')).toHaveAccessibleDescription(
    'Hai lần nhập mật khẩu mới không khớp.',
  );

  await fillChange(page, 'not-the-password', 'new-admin-password');
  await expect(page.getByLabel('Mật khẩu hiện tại')).toHaveAccessibleDescription(
    'Mật khẩu hiện tại không đúng.',
  );
  await expect(page.getByRole('heading', { name: 'Bảng điều khiển' })).toHaveCount(0);
});

test('the new password signs in, and the header changes it again', async ({ page }) => {
  await signIn(page, manager.generatedPassword);
  await fillChange(page, manager.generatedPassword, 'new-admin-password');
  await expect(page.getByRole('heading', { name: 'Bảng điều khiển' })).toBeVisible();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();

  await signIn(page, 'new-admin-password');
  await expect(page.getByRole('heading', { name: 'Bảng điều khiển' })).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await fillChange(page, 'new-admin-password', 'third-admin-password');
  await expect(page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu.' })).toBeVisible();

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, 'third-admin-password');
  await expect(page.getByRole('heading', { name: 'Bảng điều khiển' })).toBeVisible();
});
