import type { LayoutServerLoad } from './$types';
import { communitiesTopologyJson } from '$lib/server/geo';
import { holdTopologyForServerRender } from '$lib/geo/topology-asset';
import { mapShapesUrl } from '$lib/server/map-asset';

/**
 * The topology is not sent in the page (see +layout.ts): the server only makes sure it has it to render.
 * The server-rendered map draws its outlines from the immutable outlines file (server/map-asset.ts).
 */
export const load: LayoutServerLoad = async () => {
	const [json, shapesUrl] = await Promise.all([communitiesTopologyJson(), mapShapesUrl()]);
	holdTopologyForServerRender(json);
	return { shapesUrl };
};
