/**
 * Everything the coverage engine needs for one period, read from the database and mapped to the
 * engine's input types (domain/coverage/types.ts). One query per table, run in parallel.
 */
import type { AtlasDb } from '../db/client';
import type { Community, ReportingUnit, Service, ServiceFunding, ServiceQuarter } from '../../domain/coverage/types';
import { isOppRegion } from '../../domain/responders/opp-regions';
import { isPeriodKey, type PeriodKey } from '../../domain/period';

export interface CoverageInputs {
	communities: Community[];
	services: Service[];
	units: ReportingUnit[];
	quarters: ServiceQuarter[];
	funding: ServiceFunding[];
}

/** Loads inputs for periods up to and including `upTo` (earlier quarters feed trends). */
export async function load(db: AtlasDb, upTo: PeriodKey): Promise<CoverageInputs> {
	const [communityRows, serviceRows, unitRows, quarterRows, fundingRows] = await Promise.all([
		db
			.selectFrom('community as c')
			.innerJoin('jurisdiction as j', 'j.csduid', 'c.csduid')
			.select([
				'c.csduid', 'c.name', 'c.name_fr', 'c.cduid', 'c.population', 'c.children', 'c.centroid_lon', 'c.centroid_lat',
				'c.fly_in', 'j.police_service_id', 'j.opp_region'
			])
			.orderBy('c.csduid')
			.execute(),
		db.selectFrom('police_service').select(['id', 'name', 'name_fr', 'kind', 'opp_region', 'ice_strategy_member']).orderBy('id').execute(),
		db.selectFrom('reporting_unit').selectAll().orderBy('id').execute(),
		db.selectFrom('ice_quarter').selectAll().where('period', '<=', upTo).orderBy('police_service_id').orderBy('period').execute(),
		db.selectFrom('strategy_funding').select(['police_service_id', 'fiscal_year', 'amount_cents', 'illustrative']).execute()
	]);
	return {
		communities: communityRows.map((row): Community => {
			if (!isOppRegion(row.opp_region)) throw new Error(`Community ${row.csduid} lies in no OPP region ("${row.opp_region}")`);
			return {
				csduid: row.csduid,
				name: { en: row.name, fr: row.name_fr },
				cduid: row.cduid,
				population: row.population,
				children: row.children,
				centroid: { lon: row.centroid_lon, lat: row.centroid_lat },
				fly_in: row.fly_in,
				police_service_id: row.police_service_id,
				opp_region: row.opp_region
			};
		}),
		services: serviceRows.map((row) => ({
			police_service_id: row.id,
			kind: row.kind,
			opp_region: row.opp_region,
			ice_strategy_member: row.ice_strategy_member,
			name: { en: row.name, fr: row.name_fr }
		})),
		units: unitRows.map((row) => ({
			unit_id: row.id,
			police_service_id: row.police_service_id,
			opp_region: row.opp_region,
			name: { en: row.name, fr: row.name_fr },
			base_csduid: row.base_csduid
		})),
		quarters: quarterRows.flatMap((row) => {
			if (!isPeriodKey(row.period)) return [];
			const { source: _source, ...quarter } = row;
			return [{ ...quarter, period: row.period }];
		}),
		funding: fundingRows
	};
}

/** Every period with data, oldest first. */
export async function periods(db: AtlasDb): Promise<PeriodKey[]> {
	const rows = await db.selectFrom('ice_quarter').select('period').distinct().orderBy('period').execute();
	return rows.map((row) => row.period).filter(isPeriodKey);
}
