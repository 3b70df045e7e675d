import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/database';
import * as auditLog from '$lib/server/queries/audit-log';
import { formatUtcMinute as utcMinute } from '$lib/format';
import { discloseAuditContent } from '$lib/domain/audit-disclosure';
import { dateBounds, PAGE_SIZE, readFilters } from './filters';

export const load: PageServerLoad = async ({ url, locals }) => {
	const role = locals.user?.role ?? null;
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
		entries: rows.slice(0, PAGE_SIZE).map((row) => {
			// Redacted here, before the entry reaches the page or its data request (audit-disclosure.ts).
			const shown = discloseAuditContent(role, row);
			return {
				id: row.id,
				at_iso: row.at.toISOString(),
				at_utc: utcMinute(row.at) ?? '',
				actor: row.actor,
				action: row.action,
				entity: shown.entity_id === null ? shown.entity_type : `${shown.entity_type} ${shown.entity_id}`,
				before: shown.before === null ? null : JSON.stringify(shown.before, null, 2),
				after: shown.after === null ? null : JSON.stringify(shown.after, null, 2),
				redacted: shown.redacted,
				client_address: row.client_address
			};
		})
	};
};
