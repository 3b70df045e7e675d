import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { getDb } from '$lib/server/database';
import * as services from '$lib/server/queries/services';
import { parseSort, sortRows } from '$lib/domain/table-sort';
import { serviceName } from '$lib/domain/names';

const SORT_KEYS = ['name', 'kind', 'region', 'communities', 'population', 'sworn'] as const;
type SortKey = (typeof SORT_KEYS)[number];

export const load: PageServerLoad = async ({ url, locals }) => {
	const db = await getDb();
	const sort = parseSort<SortKey>(url.searchParams, SORT_KEYS, { key: 'name', direction: 'asc' });
	const rows = (await services.list(db)).map((row) => ({
		id: row.id,
		name: serviceName(row.name, row.name_fr, locals.locale),
		kind: row.kind,
		region: row.opp_region,
		communities: row.community_count,
		population: row.population,
		member: row.ice_strategy_member,
		sworn: row.sworn_officers
	}));
	return { text: pageText(locals.locale, ['communities', 'services']), rows: sortRows(rows, sort, (row, key) => row[key], (row) => row.id), sort };
};
