/**
 * The atlas under load and on a slow link:
 *
 * 1. autocannon (50 connections, LOAD_SECONDS each) against the production build for the busiest
 *    answers, each paired in the same run with a bare `node:http` server (another process) sending the
 *    same bytes, so the ratio says how much of the time is the atlas's own work rather than the
 *    machine, the loopback and HTTP. Targets: /api/gaps ≥ 0.5 of bare, / ≥ 0.3, p99 of / ≤ 1 s.
 * 2. Chromium page loads of four pages under a slow profile (4× CPU throttling, 1.6 Mbps down,
 *    150 ms round trip): LCP, bytes transferred and JavaScript bytes, first and repeat visit.
 *    LCP ≤ 2.5 s on the first visit is the Core Web Vitals "good" bound (web.dev/articles/lcp).
 *
 * Only 127.0.0.1 is ever loaded. Set ATLAS_BENCH_NO_BUILD=1 to reuse an existing build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { chromium, type Page } from 'playwright-core';
import { freePort, projectRoot, signIn, startAtlas } from './server';
import type { BenchResult } from './types';

const LOAD_SECONDS = Number(process.env.ATLAS_BENCH_LOAD_SECONDS ?? 10);
const CONNECTIONS = 50;
const PAGES = ['/', '/gaps', '/compare/toronto', '/allocations/new'];

interface Target {
	name: string;
	path: string;
	method: 'GET' | 'POST';
	body?: string;
	signedIn: boolean;
	/** Minimum share of the bare server's throughput. */
	ratio?: number;
	p99?: number;
	/** Sign in this many times and spread the requests over the sessions (default one). */
	sessions?: number;
}

const TARGETS: Target[] = [
	{ name: 'GET /api/gaps', path: '/api/gaps', method: 'GET', signedIn: true, ratio: 0.5 },
	{ name: 'GET / signed in', path: '/', method: 'GET', signedIn: true, ratio: 0.3, p99: 1000 },
	// The same page for twenty sessions at once, as twenty planners at 9 a.m.: a page drawn per session
	// would be drawn twenty times here; one drawn per class of viewers is drawn once.
	{ name: 'GET / signed in, 20 sessions', path: '/', method: 'GET', signedIn: true, sessions: 20 },
	{ name: 'GET /api/communities', path: '/api/communities', method: 'GET', signedIn: true },
	{ name: 'POST /api/allocations/compute', path: '/api/allocations/compute', method: 'POST', body: JSON.stringify({ budget_cents: 500_000_000 }), signedIn: true }
];

interface LoadResult {
	requestsPerSecond: number;
	p50: number;
	p99: number;
	failures: number;
}

async function hammer(url: string, target: Target, headers: Record<string, string>, cookies: readonly string[] = []): Promise<LoadResult> {
	let next = 0;
	const result = await autocannon({
		url,
		connections: CONNECTIONS,
		duration: LOAD_SECONDS,
		method: target.method,
		headers,
		...(target.body === undefined ? {} : { body: target.body }),
		...(cookies.length > 1 ? { requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, cookie: cookies[next++ % cookies.length] ?? '' } }) }] } : {})
	});
	return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures: result.non2xx + result.errors + result.timeouts };
}

/** A bare node:http server in its own process answering every request with the given bytes. */
async function startBare(file: string, contentType: string): Promise<{ origin: string; stop: () => void }> {
	const port = await freePort();
	const script = `
		const body = require('node:fs').readFileSync(process.argv[1]);
		require('node:http').createServer((req, res) => {
			req.resume();
			req.on('end', () => res.writeHead(200, { 'content-type': process.argv[2], 'content-length': body.length }).end(body));
		}).listen(Number(process.argv[3]), '127.0.0.1', () => process.send && process.send('ready'));`;
	const child = spawn(process.execPath, ['-e', script, file, contentType, String(port)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
	await new Promise<void>((resolve, reject) => {
		child.once('message', () => resolve());
		child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
	});
	return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

async function loadRows(origin: string, cookie: string, scratch: string): Promise<BenchResult[]> {
	const rows: BenchResult[] = [];
	for (const target of TARGETS) {
		const cookies: string[] = [];
		for (let session = 0; session < (target.sessions ?? 0); session++) cookies.push(await signIn(origin));
		const headers: Record<string, string> = { ...(target.signedIn ? { cookie } : {}), ...(target.body ? { 'content-type': 'application/json', origin } : {}) };
		const sample = await fetch(`${origin}${target.path}`, { method: target.method, headers: { ...headers, 'accept-encoding': 'identity' }, body: target.body });
		const bytes = Buffer.from(await sample.arrayBuffer());
		if (!sample.ok) throw new Error(`${target.name}: ${sample.status}`);
		const file = path.join(scratch, `${rows.length}.bin`);
		writeFileSync(file, bytes);
		const atlas = await hammer(`${origin}${target.path}`, target, headers, cookies);
		const bare = await startBare(file, sample.headers.get('content-type') ?? 'application/octet-stream');
		let baseline: LoadResult;
		try {
			baseline = await hammer(`${bare.origin}${target.path}`, target, headers);
		} finally {
			bare.stop();
		}
		const ratio = atlas.requestsPerSecond / baseline.requestsPerSecond;
		const note = `${bytes.length.toLocaleString('en-CA')} B (${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzip); atlas ${atlas.requestsPerSecond.toFixed(1)} req/s p50 ${atlas.p50} ms p99 ${atlas.p99} ms${atlas.failures ? ` (${atlas.failures} failed)` : ''}; bare ${baseline.requestsPerSecond.toFixed(1)} req/s p50 ${baseline.p50} ms p99 ${baseline.p99} ms`;
		console.log(`  ${target.name}: ${note}; ratio ${ratio.toFixed(2)}`);
		rows.push({ name: `${target.name}: throughput vs bare node:http (ratio, not ms)`, median_ms: ratio, ...(target.ratio === undefined ? {} : { target_min: target.ratio }), runs: 1, note });
		if (target.p99 !== undefined) rows.push({ name: `${target.name}: p99 at ${CONNECTIONS} connections`, median_ms: atlas.p99, target_ms: target.p99, runs: 1 });
	}
	return rows;
}

/**
 * What a viewer waits for when nobody of their class has opened the page since the data changed: the
 * page drawn from scratch (each `?draw=N` is a query of its own, so a class of its own). Median of 9.
 */
async function drawRow(origin: string, cookie: string): Promise<BenchResult> {
	await fetch(`${origin}/?draw=warm`, { headers: { cookie } }).then((response) => response.arrayBuffer());
	const times: number[] = [];
	for (let draw = 1; draw <= 9; draw++) {
		const started = performance.now();
		const response = await fetch(`${origin}/?draw=${draw}`, { headers: { cookie, 'accept-encoding': 'identity' } });
		await response.arrayBuffer();
		if (!response.ok) throw new Error(`GET /?draw=${draw}: ${response.status}`);
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
	console.log(`  GET / drawn for a new class of viewers: median ${median.toFixed(0)} ms of ${times.length}`);
	return { name: 'GET / drawn for a new class of viewers (one at a time)', median_ms: median, runs: times.length };
}

interface Visit {
	lcp: number;
	bytes: number;
	jsBytes: number;
}

/** Loads one page with the slow profile applied through the DevTools protocol; counts network bytes. */
async function visit(page: Page, url: string): Promise<Visit> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	// 1.6 Mbps down, 750 kbps up, 150 ms RTT: Lighthouse's "slow 4G" profile.
	await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
	const types = new Map<string, string>();
	let bytes = 0;
	let jsBytes = 0;
	cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
	cdp.on('Network.loadingFinished', (event) => {
		bytes += event.encodedDataLength;
		if (types.get(event.requestId) === 'Script') jsBytes += event.encodedDataLength;
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const lcp = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? Number.NaN)).observe({ type: 'largest-contentful-paint', buffered: true });
				setTimeout(() => resolve(Number.NaN), 5000);
			})
	);
	await cdp.detach();
	return { lcp, bytes, jsBytes };
}

async function pageRows(origin: string, cookie: string): Promise<BenchResult[]> {
	const browser = await chromium.launch({
		executablePath: process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	const rows: BenchResult[] = [];
	try {
		for (const pathname of PAGES) {
			const context = await browser.newContext();
			const [name, ...value] = cookie.split('=');
			await context.addCookies([{ name: name ?? '', value: value.join('='), url: origin }]);
			const page = await context.newPage();
			const first = await visit(page, `${origin}${pathname}`);
			await page.goto('about:blank');
			const repeat = await visit(page, `${origin}${pathname}`);
			await context.close();
			const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
			const note = `first: ${kb(first.bytes)} total, ${kb(first.jsBytes)} JS; repeat: LCP ${repeat.lcp.toFixed(0)} ms, ${kb(repeat.bytes)} total, ${kb(repeat.jsBytes)} JS`;
			console.log(`  ${pathname}: LCP ${first.lcp.toFixed(0)} ms; ${note}`);
			rows.push({ name: `${pathname} LCP, slow profile, first visit`, median_ms: first.lcp, target_ms: 2500, runs: 1, note });
			if (pathname === '/') {
				rows.push({ name: '/ repeat visit transferred (KB, not ms)', median_ms: repeat.bytes / 1024, target_ms: 40, runs: 1 });
				rows.push({ name: '/ first-visit JavaScript transferred (KB, not ms)', median_ms: first.jsBytes / 1024, target_ms: 150, runs: 1 });
			}
		}
	} finally {
		await browser.close();
	}
	return rows;
}

export default async function run(): Promise<BenchResult[]> {
	if (process.env.ATLAS_BENCH_NO_BUILD !== '1') {
		const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { cwd: projectRoot, stdio: 'inherit' });
		if (build.status !== 0) throw new Error('build failed');
	}
	const dataDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-load-'));
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-bytes-'));
	const atlas = await startAtlas(dataDir);
	try {
		const cookie = await signIn(atlas.origin);
		const html = Buffer.from(await (await fetch(`${atlas.origin}/`, { headers: { cookie, 'accept-encoding': 'identity' } })).arrayBuffer());
		const htmlRow: BenchResult = { name: 'HTML of / (KB gzip, not ms)', median_ms: gzipSync(html).length / 1024, target_ms: 100, runs: 1, note: `${(html.length / 1024).toFixed(0)} KB raw` };
		console.log(`  HTML of /: ${htmlRow.median_ms.toFixed(1)} KB gzip, ${htmlRow.note}`);
		return [htmlRow, await drawRow(atlas.origin, cookie), ...(await loadRows(atlas.origin, cookie, scratch)), ...(await pageRows(atlas.origin, cookie))];
	} finally {
		await atlas.stop();
		rmSync(dataDir, { recursive: true, force: true });
		rmSync(scratch, { recursive: true, force: true });
	}
}
