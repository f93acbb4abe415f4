import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

/**
 * A throw-away database for one run of the `postgres` project, made from TEST_DATABASE_URL (whose
 * role may create databases) and dropped at the end; each test file takes schemas inside it.
 */
export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is unset');
  const name = `bangtin_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  // Durability is not what these tests check; commits that wait for the disk only slow them.
  // Spelled out: URLSearchParams writes a space as '+', which libpq (pg_dump) does not read back.
  url.search = `?options=${encodeURIComponent('-c synchronous_commit=off')}`;
  project.provide('postgresUrl', url.toString());
  return async () => {
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
  };
}
