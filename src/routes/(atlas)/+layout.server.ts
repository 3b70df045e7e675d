import type { LayoutServerLoad } from './$types';
import { communitiesTopologyJson } from '$lib/server/geo';
import { holdTopologyForServerRender } from '$lib/geo/topology-asset';

// The topology is not sent in the page (see +layout.ts): the server only makes sure it has it to render.
export const load: LayoutServerLoad = async () => {
	holdTopologyForServerRender(await communitiesTopologyJson());
	return {};
};
