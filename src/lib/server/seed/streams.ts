/**
 * The ILLUSTRATIVE strategy-stream figures (issue 10), written in the seed's transaction after the
 * reference data and the illustrative ICE quarters they are derived from (domain/streams/illustrative.ts).
 * Insert-only: a second run changes nothing, and a row edited or imported since is never overwritten.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { illustrativeStreams } from '../../domain/streams/illustrative';

export const STREAMS_SOURCE = 'illustrative: src/lib/domain/streams/illustrative.ts (data/README.md)';

export interface StreamsSeedReport {
	table: 'stream_prevention' | 'stream_training' | 'stream_registry_program' | 'stream_registry_quarter';
	rows: number;
	inserted: number;
	updated: number;
	unchanged: number;
}

export async function seedIllustrativeStreams(trx: Transaction<Database>): Promise<StreamsSeedReport[]> {
	const [communities, services] = await Promise.all([
		trx.selectFrom('community').select(['csduid', 'children']).execute(),
		// ICE investigators per service in its latest reported quarter, as whole people.
		trx
			.selectFrom('police_service as s')
			.leftJoin(
				(eb) =>
					eb
						.selectFrom('ice_quarter')
						.distinctOn('police_service_id')
						.select(['police_service_id', 'investigators_fte'])
						.orderBy('police_service_id')
						.orderBy('period', 'desc')
						.as('q'),
				(join) => join.onRef('q.police_service_id', '=', 's.id')
			)
			.select(['s.id', 's.name', 's.name_fr', sql<number>`coalesce(ceil(q.investigators_fte), 0)::int`.as('ice_investigators')])
			.execute()
	]);
	const streams = illustrativeStreams(communities, services);
	const source = STREAMS_SOURCE;
	const report = (table: StreamsSeedReport['table'], rows: number, inserted: number): StreamsSeedReport => ({
		table,
		rows,
		inserted,
		updated: 0,
		unchanged: rows - inserted
	});
	const one = sql<number>`1`.as('one');

	const prevention = streams.prevention.length
		? await trx
				.insertInto('stream_prevention')
				.values(streams.prevention.map((row) => ({ ...row, source })))
				.onConflict((oc) => oc.columns(['csduid', 'school_year']).doNothing())
				.returning(one)
				.execute()
		: [];
	const training = streams.training.length
		? await trx
				.insertInto('stream_training')
				.values(streams.training.map((row) => ({ ...row, source })))
				.onConflict((oc) => oc.columns(['office_kind', 'office_id', 'as_of_year']).doNothing())
				.returning(one)
				.execute()
		: [];
	const programs = await trx
		.insertInto('stream_registry_program')
		.values(streams.programs.map((row) => ({ ...row, source })))
		.onConflict((oc) => oc.column('id').doNothing())
		.returning(one)
		.execute();
	const quarters = await trx
		.insertInto('stream_registry_quarter')
		.values(streams.registry.map((row) => ({ ...row, source })))
		.onConflict((oc) => oc.columns(['program_id', 'police_service_id', 'period']).doNothing())
		.returning(one)
		.execute();
	return [
		report('stream_prevention', streams.prevention.length, prevention.length),
		report('stream_training', streams.training.length, training.length),
		report('stream_registry_program', streams.programs.length, programs.length),
		report('stream_registry_quarter', streams.registry.length, quarters.length)
	];
}
