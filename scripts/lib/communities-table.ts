/**
 * data/reference/communities.csv: one row per 2021 Ontario census subdivision, sorted by CSDUID.
 * Names and codes come from the boundary file, population from Statistics Canada table
 * 98-10-0002-01 (empty, never 0, where the table has no row), area and centroid from the
 * unsimplified geometry (community-measures.ts), children from children-estimate.ts, French
 * names and the fly-in flag from the two curated lists in data/reference/.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { CsvRecord, CsvValue } from './csv';
import { childrenEstimate, childrenShare } from './children-estimate';
import { areaKm2, representativePoint, type CentroidMethod } from './community-measures';
import { indexRecords } from './keyed-records';
import { rewindForD3 } from './ring-winding';

export const COMMUNITY_COLUMNS = [
	'csduid', 'name', 'name_fr', 'csd_type', 'cduid', 'cd_name', 'population', 'land_area_km2',
	'centroid_lon', 'centroid_lat', 'children_share', 'children_estimate', 'fly_in'
] as const;

export type CommunityRow = Record<(typeof COMMUNITY_COLUMNS)[number], CsvValue>;

/** One feature of the boundary file, with the properties the table needs. */
export interface SourceCommunity {
	csduid: string;
	name: string;
	csdType: string;
	cduid: string;
	cdName: string;
	geometry: Polygon | MultiPolygon;
}

export interface CommunityInputs {
	communities: readonly SourceCommunity[];
	/** csd-population-2021.csv: csduid,name,population */
	population: readonly CsvRecord[];
	/** french-names.csv: csduid,name_fr,source */
	frenchNames: readonly CsvRecord[];
	/** fly-in-communities.csv: csduid,name,source,confidence */
	flyIn: readonly CsvRecord[];
}

export interface CommunitiesTable {
	rows: CommunityRow[];
	/** How many centroids fell outside their community and used a fallback (documented). */
	centroidFallbacks: Map<CentroidMethod, string[]>;
	problems: string[];
}

export function buildCommunities(inputs: CommunityInputs): CommunitiesTable {
	const population = indexRecords(inputs.population, 'csduid', 'population');
	const frenchNames = indexRecords(inputs.frenchNames, 'csduid', 'french-names');
	const flyIn = indexRecords(inputs.flyIn, 'csduid', 'fly-in-communities');
	const problems = [...population.problems, ...frenchNames.problems, ...flyIn.problems];
	const byCsduid = new Map(inputs.communities.map((community) => [community.csduid, community]));

	problems.push(...unknownCsduids(population.byKey, byCsduid, 'population'));
	problems.push(...unknownCsduids(frenchNames.byKey, byCsduid, 'french-names'));
	problems.push(...unknownCsduids(flyIn.byKey, byCsduid, 'fly-in-communities'));
	problems.push(...nameMismatches(population.byKey, byCsduid, 'population'));
	problems.push(...nameMismatches(flyIn.byKey, byCsduid, 'fly-in-communities'));

	const centroidFallbacks = new Map<CentroidMethod, string[]>();
	const rows: CommunityRow[] = [];
	for (const community of [...inputs.communities].sort((a, b) => a.csduid.localeCompare(b.csduid))) {
		if (community.cduid !== community.csduid.slice(0, 4)) {
			problems.push(`${community.csduid}: CDUID ${community.cduid} is not the first 4 digits of the CSDUID`);
		}
		const people = parsePopulation(population.byKey.get(community.csduid), community.csduid, problems);
		const share = childrenShare(community.csdType);
		const geometry = rewindForD3(community.geometry);
		const point = representativePoint(geometry);
		if (point.method !== 'centroid') {
			centroidFallbacks.set(point.method, [...(centroidFallbacks.get(point.method) ?? []), community.csduid]);
		}
		const nameFr = frenchNames.byKey.get(community.csduid)?.name_fr?.trim();
		rows.push({
			csduid: community.csduid,
			name: community.name,
			name_fr: nameFr || community.name,
			csd_type: community.csdType,
			cduid: community.cduid,
			cd_name: community.cdName,
			population: people,
			land_area_km2: areaKm2(geometry).toFixed(2),
			centroid_lon: point.lon.toFixed(5),
			centroid_lat: point.lat.toFixed(5),
			children_share: share,
			children_estimate: childrenEstimate(people, share),
			fly_in: flyIn.byKey.has(community.csduid)
		});
	}
	return { rows, centroidFallbacks, problems };
}

function parsePopulation(record: CsvRecord | undefined, csduid: string, problems: string[]): number | null {
	if (!record) return null;
	const text = record.population?.trim() ?? '';
	const value = Number(text);
	if (text === '' || !Number.isInteger(value) || value < 0) {
		problems.push(`population ${csduid}: "${text}" is not a non-negative integer`);
		return null;
	}
	return value;
}

function unknownCsduids(records: Map<string, CsvRecord>, known: Map<string, SourceCommunity>, label: string): string[] {
	return [...records.keys()].filter((csduid) => !known.has(csduid)).map((csduid) => `${label}: CSDUID ${csduid} is not in the boundary file`);
}

/** A name that differs from the boundary file's betrays a wrong CSDUID in a hand-made list. */
function nameMismatches(records: Map<string, CsvRecord>, known: Map<string, SourceCommunity>, label: string): string[] {
	const problems: string[] = [];
	for (const [csduid, record] of records) {
		const expected = known.get(csduid)?.name;
		if (expected !== undefined && record.name !== expected) {
			problems.push(`${label}: CSDUID ${csduid} is named "${record.name}", the boundary file says "${expected}"`);
		}
	}
	return problems;
}
