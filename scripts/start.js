#!/usr/bin/env node
/**
 * `npm start`: build the app when the build is missing or older than the sources, then serve it
 * with adapter-node's handler (PORT and HOST honoured; default http://localhost:3000). The server
 * itself starts or reaches PostgreSQL, migrates and seeds before it listens (src/hooks.server.ts).
 * One line per phase; the build's own output is shown only when it fails.
 *
 * The site's address: SvelteKit's CSRF check refuses a form post whose Origin differs from the
 * address the request came to. adapter-node takes that address from ORIGIN when set; otherwise
 * from the Host header and PROTOCOL_HEADER, defaulting to https. This server speaks plain HTTP,
 * so unless ORIGIN or PROTOCOL_HEADER is given it stamps every request with a protocol header of
 * its own ("http", overwriting whatever a client sent): sign-in then works at localhost,
 * 127.0.0.1 or the machine's LAN address, and a form posted from any other site is still refused.
 * Behind a TLS proxy, set ORIGIN (or PROTOCOL_HEADER=x-forwarded-proto) (README "Security").
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];
const PLAIN_HTTP_HEADER = 'x-atlas-protocol';
const say = (line) => console.log(`atlas: ${line}`);

function newestMtime(target) {
	if (!existsSync(target)) return 0;
	const stat = statSync(target);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
	return newest;
}

const builtAt = existsSync(path.join(buildDir, 'handler.js')) ? statSync(path.join(buildDir, 'handler.js')).mtimeMs : 0;
const changedAt = Math.max(...sources.map((source) => newestMtime(path.join(root, source))));
if (builtAt < changedAt) {
	say(builtAt === 0 ? 'building the app (first start only, about 30 s)…' : 'sources changed: rebuilding the app (about 30 s)…');
	const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 256 * 1024 * 1024
	});
	if (result.status !== 0) {
		process.stdout.write(result.stdout ?? '');
		process.stderr.write(result.stderr ?? '');
		console.error('atlas: the build failed; see the messages above');
		process.exit(result.status ?? 1);
	}
}

process.env.PORT ??= '3000';
// Imports accept files up to 10 MB; adapter-node's default body limit is 512 KB.
process.env.BODY_SIZE_LIMIT ??= '11M';
const stampProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (stampProtocol) process.env.PROTOCOL_HEADER = PLAIN_HTTP_HEADER;
process.env.ATLAS_PROJECT_ROOT ??= root;

// Importing the handler runs the server's init: database ready, migrated, seeded.
const { handler } = await import(pathToFileURL(path.join(buildDir, 'handler.js')).href);

const server = http.createServer((request, response) => {
	if (stampProtocol) request.headers[PLAIN_HTTP_HEADER] = 'http';
	handler(request, response, () => {
		response.statusCode = 404;
		response.end('Not found');
	});
});

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT);
server.on('error', (error) => {
	console.error(`atlas: cannot listen on ${host}:${port}: ${error.message}`);
	process.exit(1);
});
server.listen({ host, port }, () => {
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	say(`serving http://${shown}:${port}${shown === 'localhost' && host !== 'localhost' ? ' (and at this machine’s other addresses)' : ''}`);
});

// As adapter-node's own entry point does: finish the requests in flight, then let the app close
// its database ('sveltekit:shutdown'); connections still open after 30 s are cut.
let stopping = false;
function shutdown() {
	if (stopping) return;
	stopping = true;
	server.closeIdleConnections();
	server.close(() => process.emit('sveltekit:shutdown', 'SIGTERM'));
	setTimeout(() => server.closeAllConnections(), 30_000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
