import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { getDb } from '$lib/server/database';
import * as communities from '$lib/server/queries/communities';
import { parseSort, sortRows } from '$lib/domain/table-sort';
import { localName, serviceName } from '$lib/domain/names';

const SORT_KEYS = ['name', 'type', 'division', 'population', 'service'] as const;
type SortKey = (typeof SORT_KEYS)[number];

export const load: PageServerLoad = async ({ url, locals }) => {
	const db = await getDb();
	const query = (url.searchParams.get('q') ?? '').slice(0, 100);
	const sort = parseSort<SortKey>(url.searchParams, SORT_KEYS, { key: 'name', direction: 'asc' });
	const [rows, total] = await Promise.all([communities.list(db, { query }), communities.count(db)]);
	const view = rows.map((row) => ({
		csduid: row.csduid,
		name: localName(row.name, row.name_fr, locals.locale),
		csd_type: row.csd_type,
		division: row.cd_name,
		population: row.population,
		police_service_id: row.police_service_id,
		service: serviceName(row.police_service_name, row.police_service_name_fr, locals.locale)
	}));
	const sorted = sortRows(view, sort, (row, key) => (key === 'type' ? row.csd_type : row[key]), (row) => row.csduid);
	return { text: pageText(locals.locale, ['communities']), rows: sorted, total, query, sort };
};
