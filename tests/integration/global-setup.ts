/**
 * Integration tests run against a real PostgreSQL: DATABASE_URL when set (the role needs
 * CREATEDB), otherwise a throwaway embedded cluster in a temporary folder. One template database
 * is migrated and seeded once per run; each test file clones it (test-db.ts), so files are isolated.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/lib/server/db/client';
import { startEmbedded, type EmbeddedCluster } from '../../src/lib/server/db/embedded';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { seedDatabase } from '../../src/lib/server/seed/seed';

export const TEMPLATE_DATABASE = 'atlas_test_template';

declare module 'vitest' {
	export interface ProvidedContext {
		adminDatabaseUrl: string;
		templateDatabase: string;
	}
}

let cluster: EmbeddedCluster | null = null;
let scratchDir: string | null = null;

export function databaseUrlFor(adminUrl: string, database: string): string {
	const url = new URL(adminUrl);
	url.pathname = `/${database}`;
	return url.toString();
}

export default async function setup(project: TestProject) {
	let adminUrl = process.env.DATABASE_URL;
	if (!adminUrl) {
		scratchDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-test-'));
		cluster = await startEmbedded(scratchDir);
		adminUrl = cluster.url;
	}
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`drop database if exists ${TEMPLATE_DATABASE}`);
	await admin.query(`create database ${TEMPLATE_DATABASE}`);
	await admin.end();

	const template = createDb(databaseUrlFor(adminUrl, TEMPLATE_DATABASE), 2);
	await migrateToLatest(template);
	await seedDatabase(template);
	await template.destroy();

	project.provide('adminDatabaseUrl', adminUrl);
	project.provide('templateDatabase', TEMPLATE_DATABASE);

	return async () => {
		await cluster?.stop();
		if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
	};
}
