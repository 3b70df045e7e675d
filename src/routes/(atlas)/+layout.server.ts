import type { LayoutServerLoad } from './$types';
import { communitiesTopologyJson } from '$lib/server/geo';

// No dependency on the URL: a change of period or filter reloads the page data, not the geometry.
export const load: LayoutServerLoad = async () => ({ topologyJson: await communitiesTopologyJson() });
