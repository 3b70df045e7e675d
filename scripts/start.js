#!/usr/bin/env node
/**
 * `npm start`: build the app when the build is missing or older than the sources, then serve it
 * with adapter-node (PORT and HOST honoured; default http://localhost:3000). The server itself
 * starts or reaches PostgreSQL, migrates and seeds before it listens (src/hooks.server.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildEntry = path.join(root, 'build', 'index.js');
const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

function newestMtime(target) {
	if (!existsSync(target)) return 0;
	const stat = statSync(target);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
	return newest;
}

const builtAt = existsSync(buildEntry) ? statSync(buildEntry).mtimeMs : 0;
const changedAt = Math.max(...sources.map((source) => newestMtime(path.join(root, source))));
if (builtAt < changedAt) {
	console.log(builtAt === 0 ? 'atlas: building (first start)…' : 'atlas: sources changed, rebuilding…');
	const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		console.error('atlas: the build failed; see the messages above');
		process.exit(result.status ?? 1);
	}
}

process.env.PORT ??= '3000';
// Imports accept files up to 10 MB (issue 9); adapter-node's default body limit is 512 KB.
process.env.BODY_SIZE_LIMIT ??= '11M';
// adapter-node takes the site's origin to be https://<Host header> unless ORIGIN says otherwise; on a
// plain-HTTP run SvelteKit's CSRF check would then refuse every form post (signing in included).
// Behind a TLS proxy, set ORIGIN to the public address (README "Security").
const listenHost = process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : 'localhost';
process.env.ORIGIN ??= `http://${listenHost}:${process.env.PORT}`;
process.env.ATLAS_PROJECT_ROOT ??= root;
const { host, port } = await import(pathToFileURL(buildEntry).href);
console.log(`atlas: serving http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
