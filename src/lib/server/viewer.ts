/**
 * What the current viewer is cleared to see (disclosure control, domain.md §9), for loads, API
 * routes and exports alike, so no path can show more than another.
 */
import { clearanceFor } from '../domain/clearance';
import type { Clearance } from '../domain/coverage';

export function viewerClearance(locals: App.Locals): Clearance {
	return clearanceFor(locals.user ?? null);
}
