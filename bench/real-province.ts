/**
 * The real province from data/ (reference geography and illustrative caseload) as the coverage engine's
 * input, read straight from the CSVs (no database): for benchmarks and for checking what the engine
 * concludes about Ontario. Null when the files are absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { latestPeriod } from '../src/lib/domain/coverage/index';
import type { Community, CoverageInput, ReportingUnit, Service, ServiceFunding, ServiceQuarter } from '../src/lib/domain/coverage/types';
import type { PeriodKey } from '../src/lib/domain/period';
import { isOppRegion } from '../src/lib/domain/responders/opp-regions';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const csv = (file: string): Record<string, string>[] => parse(readFileSync(path.join(root, file)), { columns: true });
const nullableNumber = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text));
const FILES = [
	'reference/communities.csv', 'reference/jurisdictions.csv', 'reference/police-services.csv', 'reference/reporting-units.csv',
	'illustrative/ice-quarterly.csv', 'illustrative/funding.csv'
];

export function realProvince(): CoverageInput | null {
	if (!FILES.every((file) => existsSync(path.join(root, 'data', file)))) return null;
	const jurisdiction = new Map(csv('data/reference/jurisdictions.csv').map((row) => [row.csduid, row]));
	const communities: Community[] = csv('data/reference/communities.csv').map((row) => {
		const region = jurisdiction.get(row.csduid)?.opp_region;
		if (!isOppRegion(region)) throw new Error(`community ${row.csduid}: no OPP region`);
		return {
			csduid: row.csduid ?? '',
			name: { en: row.name ?? '', fr: row.name_fr ?? '' },
			cduid: row.cduid ?? '',
			population: nullableNumber(row.population),
			children: nullableNumber(row.children_estimate),
			centroid: { lon: Number(row.centroid_lon), lat: Number(row.centroid_lat) },
			fly_in: row.fly_in === 'true',
			police_service_id: jurisdiction.get(row.csduid)?.police_service_id ?? '',
			opp_region: region
		};
	});
	const services: Service[] = csv('data/reference/police-services.csv').map((row) => ({
		police_service_id: row.police_service_id ?? '',
		kind: row.service_kind as Service['kind'],
		opp_region: row.opp_region || null,
		ice_strategy_member: row.ice_strategy_member === 'true',
		name: { en: row.name ?? '', fr: row.name_fr ?? '' }
	}));
	const units: ReportingUnit[] = csv('data/reference/reporting-units.csv').map((row) => ({
		unit_id: row.unit_id ?? '',
		police_service_id: row.police_service_id ?? '',
		opp_region: isOppRegion(row.opp_region) ? row.opp_region : null,
		name: { en: row.name ?? '', fr: row.name_fr ?? '' },
		base_csduid: row.base_csduid ?? ''
	}));
	const quarters: ServiceQuarter[] = csv('data/illustrative/ice-quarterly.csv').map((row) => ({
		police_service_id: row.police_service_id ?? '',
		period: row.period as PeriodKey,
		investigators_fte: Number(row.investigators_fte),
		forensic_examiners_fte: Number(row.forensic_examiners_fte),
		forensic_backlog_devices: Number(row.forensic_backlog_devices),
		referrals_received: Number(row.referrals_received),
		investigations_opened: Number(row.investigations_opened),
		investigations_concluded: Number(row.investigations_concluded),
		charges_laid: Number(row.charges_laid),
		victims_identified: Number(row.victims_identified),
		open_backlog: Number(row.open_backlog),
		files_referred_project_p: Number(row.files_referred_project_p),
		illustrative: row.illustrative === 'true'
	}));
	const funding: ServiceFunding[] = csv('data/illustrative/funding.csv').map((row) => ({
		police_service_id: row.police_service_id ?? '',
		fiscal_year: Number(row.fiscal_year),
		amount_cents: Number(row.amount_cents),
		illustrative: row.illustrative === 'true'
	}));
	return { period: latestPeriod(quarters) ?? '2025-Q2', communities, services, units, quarters, funding };
}
