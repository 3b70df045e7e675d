/**
 * End-to-end tests drive the production build, started the way a user starts it
 * (`node scripts/start.js`), on a free port with a throwaway ATLAS_DATA_DIR, in Chromium.
 * Playwright's own Chromium is used when installed; otherwise Debian's /usr/bin/chromium.
 * A missing browser is an error, never a skipped test.
 */
import { defineConfig } from '@playwright/test';
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

function browserPath(): string {
	const candidates = [process.env.ATLAS_CHROMIUM, chromium.executablePath(), '/usr/bin/chromium'].filter(
		(candidate): candidate is string => Boolean(candidate)
	);
	const found = candidates.find((candidate) => existsSync(candidate));
	if (!found) {
		throw new Error(`No Chromium found (looked at ${candidates.join(', ')}). Install Debian's chromium package or set ATLAS_CHROMIUM.`);
	}
	return found;
}

// Workers re-read this file; the environment keeps port and data folder the same for all of them.
process.env.ATLAS_E2E_PORT ??= String(await freePort());
process.env.ATLAS_E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'atlas-e2e-'));
const port = Number(process.env.ATLAS_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/artifacts',
	workers: 1,
	fullyParallel: false,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL,
		launchOptions: {
			executablePath: browserPath(),
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		},
		screenshot: 'only-on-failure'
	},
	webServer: {
		command: 'node scripts/start.js',
		url: `${baseURL}/api/health`,
		timeout: 120_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ATLAS_DATA_DIR: process.env.ATLAS_E2E_DATA_DIR,
			DATABASE_URL: ''
		}
	}
});
