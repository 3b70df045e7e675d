/**
 * Registry-compliance reads (stream_registry_program, stream_registry_quarter): aggregates per police
 * service and quarter only. Planner-only routes call these (server/policy.ts).
 */
import type { AtlasDb } from '../db/client';
import { isPeriodKey, type PeriodKey } from '../../domain/period';
import type { RegistryProgram, RegistryQuarter } from '../../domain/streams/types';

export interface RegistryQuarterRow extends RegistryQuarter {
	service_name: string;
	service_name_fr: string;
}

export async function programs(db: AtlasDb): Promise<RegistryProgram[]> {
	const rows = await db
		.selectFrom('stream_registry_program')
		.select(['id', 'name', 'name_fr', 'police_service_id', 'first_period', 'last_period', 'budget_cents', 'target_registrants', 'illustrative'])
		.orderBy('id')
		.execute();
	return rows.flatMap((row) => {
		const { first_period, last_period } = row;
		return isPeriodKey(first_period) && isPeriodKey(last_period) ? [{ ...row, first_period, last_period }] : [];
	});
}

/** Quarters with registry figures, oldest first. */
export async function periods(db: AtlasDb): Promise<PeriodKey[]> {
	const rows = await db.selectFrom('stream_registry_quarter').select('period').distinct().orderBy('period').execute();
	return rows.map((row) => row.period).filter(isPeriodKey);
}

export async function quarters(db: AtlasDb, options: { period?: PeriodKey }): Promise<RegistryQuarterRow[]> {
	const rows = await db
		.selectFrom('stream_registry_quarter as q')
		.innerJoin('police_service as s', 's.id', 'q.police_service_id')
		.select([
			'q.program_id',
			'q.police_service_id',
			'q.period',
			'q.registrants',
			'q.verifications_done',
			'q.non_compliant_located',
			'q.illustrative',
			's.name as service_name',
			's.name_fr as service_name_fr'
		])
		.$if(options.period !== undefined, (qb) => qb.where('q.period', '=', options.period ?? ''))
		.orderBy('q.period')
		.orderBy('q.police_service_id')
		.execute();
	return rows.flatMap((row) => (isPeriodKey(row.period) ? [{ ...row, period: row.period }] : []));
}
