/**
 * An atlas row for map and table tests: a municipal community of 1,000 people (200 children) with no gap,
 * every map metric blank unless given. The gap level and the Project P flag are also map metrics, so
 * their values follow the row's fields unless the test gives them.
 */
import { MAP_METRICS, type AtlasRow, type AtlasValue, type MapMetricId } from '../../src/lib/domain/atlas-view';

export function atlasRow(csduid: string, fields: Partial<Omit<AtlasRow, 'values'>> = {}, values: Partial<Record<MapMetricId, AtlasValue>> = {}): AtlasRow {
	const blank = Object.fromEntries(MAP_METRICS.map((metric) => [metric, null])) as Record<MapMetricId, AtlasValue>;
	return {
		csduid,
		name: `Community ${csduid}`,
		service_id: 'service',
		service_name: 'Service',
		service_kind: 'municipal',
		opp_region: null,
		population: 1000,
		children: 200,
		level: 'none',
		project_p: false,
		...fields,
		values: { ...blank, gap_level: fields.level ?? 'none', project_p_recommended: fields.project_p ?? false, ...values }
	};
}
