import { spawn } from 'node:child_process';

/** Runs pg_dump or pg_restore against a postgres:// URL; the password goes by environment. */
export function runPgTool(tool: 'pg_dump' | 'pg_restore', url: string, args: string[]) {
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = '';
  return new Promise<void>((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${target.toString()}`], {
      stdio: ['ignore', 'inherit', 'pipe'],
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool} failed (${code}): ${stderr.trim()}`)),
    );
  });
}

/** A consistent snapshot of a live database in pg_dump's custom format (for pg_restore). */
export const dumpPostgres = (url: string, file: string) =>
  runPgTool('pg_dump', url, ['--format=custom', '--no-owner', `--file=${file}`]);

/** Replaces what a dump holds in the database (objects dropped first, then restored). */
export const restorePostgres = (url: string, file: string) =>
  runPgTool('pg_restore', url, [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--single-transaction',
    file,
  ]);
