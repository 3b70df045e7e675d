/**
 * The communities topology (data/geo/ontario-csd-2021.topo.json, built by `npm run data:geo`).
 * It is an immutable file shipped with the app, so it is read once per process.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from './project-root';

let topologyText: Promise<string> | null = null;

/**
 * The topology as JSON text. Pages ship it to the browser as one string because SvelteKit's
 * serializer (devalue) takes ~50 ms and doubles the size on its nested arrays; JSON.parse is ~2 ms.
 */
export function communitiesTopologyJson(): Promise<string> {
	topologyText ??= readFile(path.join(projectRoot(), 'data', 'geo', 'ontario-csd-2021.topo.json'), 'utf8');
	return topologyText;
}
