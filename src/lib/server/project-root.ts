/**
 * The project's root folder (the one holding package.json and data/). Found by walking up from
 * this module, so it works from src/ under tsx and from build/server/chunks/ in production.
 * `ATLAS_PROJECT_ROOT` overrides it for unusual deployments.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'ontario-ice-atlas';
let cached: string | undefined;

export function projectRoot(): string {
	if (cached) return cached;
	const override = process.env.ATLAS_PROJECT_ROOT;
	if (override) return (cached = path.resolve(override));
	for (const start of [path.dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
		let dir = start;
		for (;;) {
			const manifest = path.join(dir, 'package.json');
			if (existsSync(manifest) && isAtlasManifest(manifest)) return (cached = dir);
			const parent = path.dirname(dir);
			if (parent === dir) break;
			dir = parent;
		}
	}
	throw new Error('Cannot find the atlas project folder (package.json named ontario-ice-atlas); set ATLAS_PROJECT_ROOT');
}

function isAtlasManifest(file: string): boolean {
	try {
		return (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === PACKAGE_NAME;
	} catch {
		return false;
	}
}
