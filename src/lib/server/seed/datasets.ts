/**
 * The seed datasets: the project's own CSVs in data/ (formats and sources in data/README.md),
 * read into rows ready for the database. Reference data first, then illustrative ICE figures.
 */
import path from 'node:path';
import { searchKey } from '../../domain/search';
import { CONFIDENCE_LEVELS, SERVICE_KINDS } from '../../domain/vocabulary';
import { projectRoot } from '../project-root';
import { mapRows, readCsv } from './csv';

export const ILLUSTRATIVE_SOURCE = 'illustrative: scripts/generate-illustrative.ts (data/README.md)';

export interface SeedTable {
	/** Table name in the database. */
	table: 'police_service' | 'community' | 'jurisdiction' | 'reporting_unit' | 'ice_quarter' | 'strategy_funding';
	/** File under data/ it comes from. */
	file: string;
	keys: readonly string[];
	columns: readonly string[];
	rows: Record<string, string | number | boolean | null>[];
	checksum: string;
	illustrative: boolean;
}

function dataFile(relative: string): string {
	return path.join(projectRoot(), 'data', relative);
}

function load<T extends Record<string, string | number | boolean | null>>(
	relative: string,
	required: readonly string[],
	map: Parameters<typeof mapRows<T>>[2]
): { rows: T[]; checksum: string } {
	const file = dataFile(relative);
	const csv = readCsv(file, required);
	return { rows: mapRows(`data/${relative}`, csv, map), checksum: csv.checksum };
}

export function loadSeedTables(): SeedTable[] {
	const services = load('reference/police-services.csv', ['police_service_id', 'name', 'name_fr', 'service_kind'], (r) => ({
		id: r.text('police_service_id'),
		name: r.text('name'),
		name_fr: r.text('name_fr'),
		kind: r.oneOf('service_kind', SERVICE_KINDS),
		opp_region: r.optionalText('opp_region'),
		ice_strategy_member: r.boolean('ice_strategy_member'),
		sworn_officers: r.optionalInteger('sworn_officers'),
		sworn_year: r.optionalInteger('sworn_year'),
		sworn_source: r.optionalText('sworn_source')
	}));
	const communities = load('reference/communities.csv', ['csduid', 'name', 'population', 'children_estimate'], (r) => ({
		csduid: r.text('csduid'),
		name: r.text('name'),
		name_fr: r.text('name_fr'),
		csd_type: r.text('csd_type'),
		cduid: r.text('cduid'),
		cd_name: r.text('cd_name'),
		population: r.optionalInteger('population'),
		land_area_km2: r.number('land_area_km2'),
		centroid_lon: r.number('centroid_lon'),
		centroid_lat: r.number('centroid_lat'),
		children_share: r.number('children_share'),
		children: r.optionalInteger('children_estimate'),
		children_source: 'estimate',
		fly_in: r.boolean('fly_in'),
		search_key: searchKey(r.text('name'), r.text('name_fr'))
	}));
	const jurisdictions = load('reference/jurisdictions.csv', ['csduid', 'police_service_id', 'confidence'], (r) => ({
		csduid: r.text('csduid'),
		police_service_id: r.text('police_service_id'),
		opp_region: r.text('opp_region'),
		opp_area_id: r.optionalText('opp_area_id'),
		confidence: r.oneOf('confidence', CONFIDENCE_LEVELS),
		note: r.optionalText('note'),
		source: 'data/reference/jurisdictions.csv (compiled public sources, data/README.md)'
	}));
	const units = load('reference/reporting-units.csv', ['unit_id', 'police_service_id', 'base_csduid'], (r) => ({
		id: r.text('unit_id'),
		police_service_id: r.text('police_service_id'),
		opp_region: r.optionalText('opp_region'),
		name: r.text('name'),
		name_fr: r.text('name_fr'),
		base_csduid: r.text('base_csduid')
	}));
	const quarters = load('illustrative/ice-quarterly.csv', ['police_service_id', 'period', 'investigators_fte'], (r) => ({
		police_service_id: r.text('police_service_id'),
		period: r.text('period'),
		investigators_fte: r.number('investigators_fte'),
		forensic_examiners_fte: r.number('forensic_examiners_fte'),
		forensic_backlog_devices: r.integer('forensic_backlog_devices'),
		referrals_received: r.integer('referrals_received'),
		investigations_opened: r.integer('investigations_opened'),
		investigations_concluded: r.integer('investigations_concluded'),
		charges_laid: r.integer('charges_laid'),
		victims_identified: r.integer('victims_identified'),
		open_backlog: r.integer('open_backlog'),
		files_referred_project_p: r.integer('files_referred_project_p'),
		illustrative: r.boolean('illustrative'),
		source: ILLUSTRATIVE_SOURCE
	}));
	const funding = load('illustrative/funding.csv', ['police_service_id', 'fiscal_year', 'amount_cents'], (r) => ({
		police_service_id: r.text('police_service_id'),
		fiscal_year: r.integer('fiscal_year'),
		amount_cents: r.integer('amount_cents'),
		illustrative: r.boolean('illustrative'),
		source: ILLUSTRATIVE_SOURCE
	}));
	return [
		table('police_service', 'reference/police-services.csv', ['id'], services, false),
		table('community', 'reference/communities.csv', ['csduid'], communities, false),
		table('jurisdiction', 'reference/jurisdictions.csv', ['csduid'], jurisdictions, false),
		table('reporting_unit', 'reference/reporting-units.csv', ['id'], units, false),
		table('ice_quarter', 'illustrative/ice-quarterly.csv', ['police_service_id', 'period'], quarters, true),
		table('strategy_funding', 'illustrative/funding.csv', ['police_service_id', 'fiscal_year'], funding, true)
	];
}

function table(
	name: SeedTable['table'],
	file: string,
	keys: readonly string[],
	loaded: { rows: Record<string, string | number | boolean | null>[]; checksum: string },
	illustrative: boolean
): SeedTable {
	const columns = Object.keys(loaded.rows[0] ?? {});
	if (loaded.rows.length === 0) throw new Error(`data/${file} has no rows`);
	return { table: name, file, keys, columns, rows: loaded.rows, checksum: loaded.checksum, illustrative };
}
