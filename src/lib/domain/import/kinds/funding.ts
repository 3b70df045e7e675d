/** ICE Strategy funding received per police service and fiscal year, in dollars and cents (strategy_funding). */
import { defineKind } from '../kind';
import type { FundingRecord } from '../records';
import { num } from '../storage';
import type { StoredFigures } from '../stored';
import { classifyFigures, flaggedStorage, flaggedTable, SERVICE } from './common';

export const funding = defineKind<FundingRecord, StoredFigures<{ amount_cents: number }>>()({
	columns: [
		SERVICE,
		{ name: 'fiscal_year', french: 'exercice', type: 'fiscal_year', presence: 'key' },
		{ name: 'amount_dollars', french: 'montant_dollars', type: 'amount_dollars', presence: 'required' }
	],
	toRecord: (row) => ({ police_service_id: row.police_service_id, fiscal_year: row.fiscal_year, amount_cents: row.amount_dollars }),
	keyParts: (r) => [r.police_service_id, String(r.fiscal_year)],
	classify: (row, stored) => classifyFigures({ amount_cents: row.record.amount_cents }, stored),
	storage: flaggedStorage(
		flaggedTable('strategy_funding', { police_service_id: 'text', fiscal_year: 'integer' }, { amount_cents: 'bigint' }),
		(r: FundingRecord) => ({ police_service_id: r.police_service_id, fiscal_year: r.fiscal_year }),
		(row) => ({ amount_cents: num(row.amount_cents) })
	),
	chiefsMayImport: false,
	plannersOnly: false,
	provenance: { baseline: 'illustrative', table: 'strategy_funding', imported: { column: 'illustrative', equals: false } }
});
