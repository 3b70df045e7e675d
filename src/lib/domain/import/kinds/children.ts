/** Real counts of children 0–17 per census subdivision, replacing the estimate (community.children). */
import { defineKind } from '../kind';
import type { ChildrenRecord } from '../records';
import { numOrNull } from '../storage';
import type { StoredCommunity } from '../stored';
import { CSDUID, statusOf } from './common';

export const children = defineKind<ChildrenRecord, StoredCommunity>()({
	columns: [CSDUID, { name: 'children', french: 'enfants', type: 'children', presence: 'required' }],
	toRecord: (row) => ({ csduid: row.csduid, children: row.children }),
	keyParts: (r) => [r.csduid],
	classify: (row, stored, label) => {
		const { children } = row.record;
		if (stored?.population !== null && stored?.population !== undefined && children > stored.population) {
			return { issues: [{ row: row.row, column: label('children'), value: String(children), code: 'above_population', params: { population: stored.population } }] };
		}
		return statusOf(!stored, !!stored && (!stored.imported || stored.children !== children));
	},
	storage: {
		// Every CSD has its row from the seed: an import only updates the count.
		tables: [{ name: 'community', keys: { csduid: 'text' }, tracked: { children: 'integer', children_source: 'text' }, readOnly: { population: 'integer' }, insertable: false, bookkeeping: ['children_source'] }],
		keysOf: (r) => [{ table: 'community', row: { csduid: r.csduid } }],
		storedOf: (r, lookup) => {
			const row = lookup('community', { csduid: r.csduid });
			if (!row) return undefined;
			return { children: numOrNull(row.children), population: numOrNull(row.population), imported: row.children_source === 'imported' };
		},
		rowsOf: (r) => [{ table: 'community', row: { csduid: r.csduid, children: r.children, children_source: 'imported' } }]
	},
	chiefsMayImport: false,
	plannersOnly: false,
	provenance: { baseline: 'estimate', table: 'community', imported: { column: 'children_source', equals: 'imported' } }
});
