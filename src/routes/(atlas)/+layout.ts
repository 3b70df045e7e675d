import { browser } from '$app/environment';
import type { LayoutLoad } from './$types';
import { TOPOLOGY_URL, topologyForServerRender } from '$lib/geo/topology-asset';

/**
 * The topology as text: in the browser from the immutable, cacheable file (a repeat visit reads it
 * from the HTTP cache), on the server from memory. No dependency on the URL, so a change of period
 * or filter reloads the page data, not the geometry.
 */
export const load: LayoutLoad = async ({ data, fetch }) => {
	if (!browser) return { ...data, topologyUrl: TOPOLOGY_URL, topologyJson: topologyForServerRender() };
	const response = await fetch(TOPOLOGY_URL);
	if (!response.ok) throw new Error(`The map's geometry could not be loaded (${response.status})`);
	return { ...data, topologyUrl: TOPOLOGY_URL, topologyJson: await response.text() };
};
