/**
 * The atlas map's budgets (issue 4): first-load JavaScript of / (gzip, TopoJSON excluded) ≤ 150 KB;
 * TopoJSON ≤ 120 KB gzipped; server render of / ≤ 150 ms median; a metric switch repaints in
 * ≤ 50 ms (Performance marks set by the page, read in Chromium).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { projectRoot, signIn, startAtlas } from './server';
import { median, type BenchResult } from './types';

const RENDER_RUNS = 20;
const SWITCHES = ['referrals_per_investigator', 'investigators_per_100k', 'distance_to_ice_unit_km', 'gap_level', 'funding_per_capita', 'project_p_recommended'];

/** Every script the browser loaded for the first view of / (read from Resource Timing), gzipped. */
async function gzippedBytes(urls: readonly string[]): Promise<number> {
	let total = 0;
	for (const url of urls) total += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
	return total;
}

async function serverRenderMs(origin: string, cookie: string): Promise<number[]> {
	const timings: number[] = [];
	for (let run = 0; run < RENDER_RUNS + 3; run++) {
		const started = performance.now();
		await (await fetch(`${origin}/`, { headers: { cookie } })).text();
		if (run >= 3) timings.push(performance.now() - started);
	}
	return timings;
}

async function inBrowser(origin: string, cookie: string): Promise<{ scripts: string[]; switches: number[] }> {
	const browser = await chromium.launch({
		executablePath: process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	try {
		const context = await browser.newContext();
		const [name, value] = cookie.split('=');
		await context.addCookies([{ name: name ?? '', value: value ?? '', url: origin }]);
		const page = await context.newPage();
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		const scripts = await page.evaluate(() =>
			performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js'))
		);
		const timings: number[] = [];
		for (const metric of SWITCHES) {
			await page.selectOption('#atlas-metric', metric);
			const duration = await page.waitForFunction(() => {
				const entries = performance.getEntriesByName('atlas:metric-switch', 'measure');
				const last = entries.at(-1);
				if (!last) return null;
				performance.clearMeasures('atlas:metric-switch');
				return last.duration;
			});
			timings.push(Number(await duration.jsonValue()));
		}
		return { scripts, switches: timings };
	} finally {
		await browser.close();
	}
}

export default async function run(): Promise<BenchResult[]> {
	const topology = readFileSync(path.join(projectRoot, 'data', 'geo', 'ontario-csd-2021.topo.json'));
	const dataDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-map-'));
	const atlas = await startAtlas(dataDir);
	try {
		const cookie = await signIn(atlas.origin);
		const renders = await serverRenderMs(atlas.origin, cookie);
		const { scripts, switches } = await inBrowser(atlas.origin, cookie);
		const jsBytes = await gzippedBytes(scripts);
		return [
			{ name: 'first-load JavaScript of / (KB gzip; the value is KB, not ms)', median_ms: jsBytes / 1024, target_ms: 150, runs: 1, note: `${scripts.length} scripts` },
			{ name: 'TopoJSON (KB gzip -9; the value is KB, not ms)', median_ms: gzipSync(topology, { level: 9 }).length / 1024, target_ms: 120, runs: 1 },
			{ name: 'server render of / (full response, signed in)', median_ms: median(renders), target_ms: 150, runs: RENDER_RUNS },
			{ name: 'metric switch repaint in Chromium', median_ms: median(switches), target_ms: 50, runs: switches.length }
		];
	} finally {
		await atlas.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}
