/**
 * The comparison's URL parameters, read the same way by the page, its CSV and the API, so a shared link
 * gives the same group everywhere: `group` (similar | kind | region, default similar) and `k` (the size
 * of a most similar group, default 7). A bad value is a message naming the parameter (the API's 400).
 */
import { DEFAULT_K } from './most-similar';
import { GROUP_BASES, type GroupBasis } from './types';

export type GroupParams = { ok: true; basis: GroupBasis; k: number } | { ok: false; parameter: 'group' | 'k'; message: string };

function isGroupBasis(value: string): value is GroupBasis {
	return (GROUP_BASES as readonly string[]).includes(value);
}

/** `serviceCount`: how many services there are; k can be at most one fewer. */
export function readGroupParams(params: URLSearchParams, serviceCount: number): GroupParams {
	const group = params.get('group') ?? '';
	const kText = params.get('k') ?? '';
	if (group !== '' && !isGroupBasis(group)) {
		return { ok: false, parameter: 'group', message: `'${group.slice(0, 20)}' is not a grouping (expected ${GROUP_BASES.join(', ')})` };
	}
	const max = Math.max(1, serviceCount - 1);
	const k = kText === '' ? Math.min(DEFAULT_K, max) : /^\d{1,3}$/.test(kText) ? Number(kText) : Number.NaN;
	if (!(k >= 1 && k <= max)) {
		return { ok: false, parameter: 'k', message: `must be a whole number from 1 to ${max}` };
	}
	return { ok: true, basis: group === '' ? 'similar' : group, k };
}
