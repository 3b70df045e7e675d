/**
 * Where the communities topology reaches the map. It is the same for every viewer and changes only
 * with a new build, so the browser gets it as a content-hashed file under /_app/immutable (Vite's
 * `?url` import emits it; adapter-node serves it precompressed, gzip and brotli, with
 * `Cache-Control: public, max-age=31536000, immutable`) and keeps it across visits, instead of
 * receiving it again inside every page.
 *
 * The server renders the map from the file it already holds (server/geo.ts puts it here before the
 * page renders), so the first paint still needs no JavaScript.
 */
import topologyUrl from '../../../data/geo/ontario-csd-2021.topo.json?url';

export const TOPOLOGY_URL: string = topologyUrl;

let serverCopy: string | null = null;

/** Server only: the topology text for server rendering (set once per process; the file never changes). */
export function holdTopologyForServerRender(json: string): void {
	serverCopy = json;
}

export function topologyForServerRender(): string {
	if (serverCopy === null) throw new Error('The topology was not loaded before the server render');
	return serverCopy;
}
