/**
 * The atlas rows as the map page sends them: one JSON text, column-wise. SvelteKit's serializer
 * (devalue) walks every object of 577 rows × 12 metrics on each request, and repeats every key in
 * every row; a JSON text with each key once is about half the size and costs the server one
 * JSON.stringify, the browser one JSON.parse. Numbers are sent as they are (no rounding): the CSV
 * export and the page must agree.
 */
import { MAP_METRICS, type AtlasRow, type AtlasValue } from './atlas-view';
import type { MapMetricId } from '../metrics';

const FIELDS = ['csduid', 'name', 'service_id', 'service_name', 'service_kind', 'opp_region', 'population', 'children', 'level', 'project_p'] as const;
type Field = (typeof FIELDS)[number];

interface Wire {
	fields: readonly string[];
	metrics: readonly string[];
	/** One array per row: the fields, then the metrics, in the orders above. */
	rows: unknown[][];
}

export function packAtlasRows(rows: readonly AtlasRow[]): string {
	const wire: Wire = {
		fields: FIELDS,
		metrics: MAP_METRICS,
		rows: rows.map((row) => [...FIELDS.map((field) => row[field]), ...MAP_METRICS.map((metric) => row.values[metric])])
	};
	return JSON.stringify(wire);
}

export function unpackAtlasRows(text: string): AtlasRow[] {
	const wire = JSON.parse(text) as Wire;
	// The page and the server are one build, so the orders agree; a mismatch is a bug worth a loud error.
	if (wire.fields.join() !== FIELDS.join() || wire.metrics.join() !== MAP_METRICS.join()) throw new Error('Atlas rows were packed by another version');
	return wire.rows.map((cells) => {
		const row = Object.fromEntries(FIELDS.map((field, index) => [field, cells[index]])) as Pick<AtlasRow, Field>;
		const values = Object.fromEntries(MAP_METRICS.map((metric, index) => [metric, cells[FIELDS.length + index]])) as Record<MapMetricId, AtlasValue>;
		return { ...row, values };
	});
}
