import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/database';
import * as auditLog from '$lib/server/queries/audit-log';
import { formatUtcMinute as utcMinute } from '$lib/format';
import { dateBounds, PAGE_SIZE, readFilters } from './filters';

export const load: PageServerLoad = async ({ url }) => {
	const db = await getDb();
	const filters = readFilters(url.searchParams);
	const [rows, vocabulary] = await Promise.all([
		// One row more than a page tells whether an older page exists.
		auditLog.list(db, {
			actor: filters.actor,
			action: filters.action,
			entity_type: filters.entity,
			...dateBounds(filters),
			limit: PAGE_SIZE + 1,
			offset: (filters.page - 1) * PAGE_SIZE
		}),
		auditLog.vocabulary(db)
	]);
	return {
		filters,
		vocabulary,
		hasOlder: rows.length > PAGE_SIZE,
		first: (filters.page - 1) * PAGE_SIZE + 1,
		entries: rows.slice(0, PAGE_SIZE).map((row) => ({
			id: row.id,
			at_iso: row.at.toISOString(),
			at_utc: utcMinute(row.at) ?? '',
			actor: row.actor,
			action: row.action,
			entity: row.entity_id === null ? row.entity_type : `${row.entity_type} ${row.entity_id}`,
			before: row.before === null ? null : JSON.stringify(row.before, null, 2),
			after: row.after === null ? null : JSON.stringify(row.after, null, 2),
			client_address: row.client_address
		}))
	};
};
