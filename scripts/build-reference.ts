/**
 * Builds the reference tables in data/reference/ (project format: UTF-8 CSV, header, comma, LF):
 * communities.csv, police-services.csv, jurisdictions.csv and reporting-units.csv.
 *
 *   npm run data:reference [-- --source GEOJSON] [--population CSV] [--reference-dir DIR]
 *
 * Inputs default to the shared source files next to the project: the 2021 CSD boundaries, the
 * 2021 population table (by default beside the boundaries) and the compiled police reference
 * data; plus the two curated lists kept in data/reference/ (french-names.csv,
 * fly-in-communities.csv). Any inconsistency (duplicate or unknown CSDUID, unknown service id, a
 * CSD without a service) is printed one per line, naming the row or CSDUID, and nothing is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { buildCommunities, COMMUNITY_COLUMNS, type SourceCommunity } from './lib/communities-table';
import { formatCsv, parseCsv, requireColumns, type CsvRecord } from './lib/csv';
import { sourceIdProblems } from './lib/geo-checks';
import { buildJurisdictions, JURISDICTION_COLUMNS } from './lib/jurisdictions-table';
import { buildPoliceServices, POLICE_SERVICE_COLUMNS } from './lib/police-services-table';
import { dataPath, displayPath, sharedDataDir } from './lib/project-paths';
import { buildReportingUnits, REPORTING_UNIT_COLUMNS } from './lib/reporting-units-table';
import { exitIfProblems, runScript } from './lib/script-exit';

const SCRIPT = 'build-reference';

function main(): void {
	const { values } = parseArgs({
		options: { source: { type: 'string' }, population: { type: 'string' }, 'reference-dir': { type: 'string' } }
	});
	const sourceFile = path.resolve(values.source ?? path.join(sharedDataDir, 'geo', 'ontario-csd-2021.geojson'));
	const populationFile = path.resolve(values.population ?? path.join(path.dirname(sourceFile), 'csd-population-2021.csv'));
	const referenceDir = path.resolve(values['reference-dir'] ?? path.join(sharedDataDir, 'reference'));

	const communities = readCommunities(sourceFile);
	const population = readCsv(populationFile, ['csduid', 'name', 'population']);
	const frenchNames = readCsv(dataPath('reference', 'french-names.csv'), ['csduid', 'name_fr', 'source']);
	const flyIn = readCsv(dataPath('reference', 'fly-in-communities.csv'), ['csduid', 'name', 'source', 'confidence']);
	const serviceRecords = readCsv(path.join(referenceDir, 'police-services.csv'), [
		'police_service_id', 'name', 'service_kind', 'opp_region', 'csd_count', 'ice_strategy_member_2022',
		'sworn_officers', 'sworn_year', 'sworn_source'
	]);
	const jurisdictionRecords = readCsv(path.join(referenceDir, 'police-jurisdictions.csv'), [
		'csduid', 'csd_name', 'police_service_id', 'opp_area_id', 'opp_region', 'confidence', 'note'
	]);
	const regionRecords = readCsv(path.join(referenceDir, 'opp-regions.csv'), ['opp_region', 'headquarters', 'headquarters_csduid']);

	const communityTable = buildCommunities({ communities, population, frenchNames, flyIn });
	const serviceTable = buildPoliceServices(serviceRecords);
	const jurisdictionTable = buildJurisdictions({
		records: jurisdictionRecords,
		communityNames: new Map(communities.map((community) => [community.csduid, community.name])),
		serviceIds: new Set(serviceTable.rows.map((row) => String(row.police_service_id))),
		claimedCsdCounts: serviceTable.claimedCsdCounts
	});
	const unitTable = buildReportingUnits({
		regions: regionRecords,
		services: serviceTable.rows.map((row) => ({
			police_service_id: String(row.police_service_id),
			name: String(row.name),
			name_fr: String(row.name_fr)
		})),
		jurisdictions: jurisdictionTable.rows.map((row) => ({
			csduid: String(row.csduid),
			police_service_id: String(row.police_service_id)
		})),
		population: new Map(communityTable.rows.map((row) => [String(row.csduid), row.population === null ? null : Number(row.population)]))
	});
	exitIfProblems(SCRIPT, [
		...communityTable.problems,
		...serviceTable.problems,
		...jurisdictionTable.problems,
		...unitTable.problems
	]);

	write('communities.csv', formatCsv(COMMUNITY_COLUMNS, communityTable.rows), communityTable.rows.length);
	write('police-services.csv', formatCsv(POLICE_SERVICE_COLUMNS, serviceTable.rows), serviceTable.rows.length);
	write('jurisdictions.csv', formatCsv(JURISDICTION_COLUMNS, jurisdictionTable.rows), jurisdictionTable.rows.length);
	write('reporting-units.csv', formatCsv(REPORTING_UNIT_COLUMNS, unitTable.rows), unitTable.rows.length);
	const missingPopulation = communityTable.rows.filter((row) => row.population === null).length;
	const flyIns = communityTable.rows.filter((row) => row.fly_in === true).length;
	console.log(`communities: ${missingPopulation} without population, ${flyIns} fly-in`);
	for (const [method, csduids] of communityTable.centroidFallbacks) {
		console.log(`centroid fallback "${method}": ${csduids.length} (${csduids.join(', ')})`);
	}
}

function readCommunities(file: string): SourceCommunity[] {
	const collection = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
	exitIfProblems(SCRIPT, sourceIdProblems(collection.features));
	const problems: string[] = [];
	const communities = collection.features.flatMap((feature, index) => {
		const community = toSourceCommunity(feature);
		if (!community) problems.push(`${displayPath(file)} feature ${index}: missing properties or a non-polygon geometry`);
		return community ? [community] : [];
	});
	exitIfProblems(SCRIPT, problems);
	return communities;
}

function toSourceCommunity(feature: Feature): SourceCommunity | null {
	const { properties, geometry } = feature;
	const text = (key: string): string | null => {
		const value: unknown = properties?.[key];
		return typeof value === 'string' && value.trim() !== '' ? value : null;
	};
	const [csduid, name, csdType, cduid, cdName] = ['CSDUID', 'CSDNAME', 'CSDTYPE', 'CDUID', 'CDNAME'].map(text);
	if (!csduid || !name || !csdType || !cduid || !cdName) return null;
	if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return null;
	return { csduid, name, csdType, cduid, cdName, geometry: geometry as Polygon | MultiPolygon };
}

function readCsv(file: string, columns: readonly string[]): CsvRecord[] {
	const records = parseCsv(readFileSync(file, 'utf8'));
	requireColumns(records, columns, displayPath(file));
	return records;
}

function write(fileName: string, text: string, rowCount: number): void {
	const file = dataPath('reference', fileName);
	writeFileSync(file, text);
	console.log(`${displayPath(file)}: ${rowCount} rows`);
}

runScript(SCRIPT, main);
