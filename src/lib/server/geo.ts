/**
 * The communities topology (data/geo/ontario-csd-2021.topo.json, built by `npm run data:geo`).
 * It is an immutable file shipped with the app, so it is read once per process.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CommunitiesTopology } from '../geo/topology';
import { projectRoot } from './project-root';

let topology: Promise<CommunitiesTopology> | null = null;

export function communitiesTopology(): Promise<CommunitiesTopology> {
	topology ??= readFile(path.join(projectRoot(), 'data', 'geo', 'ontario-csd-2021.topo.json'), 'utf8').then(
		(text) => JSON.parse(text) as CommunitiesTopology
	);
	return topology;
}
