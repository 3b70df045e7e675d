/**
 * What the map page derives from its rows, kept for the same rows: the server renders the page for
 * many requests from one rows text per viewer class and data version (+page.server.ts), and parsing
 * 577 rows, classifying them and writing 577 display values was a third of each render. The rows
 * are frozen because they are shared between renders. In the browser the same holds across metric
 * switches back and forth.
 */
import { unpackAtlasRows } from '$lib/domain/atlas-rows-wire';
import { classifyRows, type AtlasRow, type MapMetricId, type MetricView } from '$lib/domain/atlas-view';
import type { ClassificationMethod } from '$lib/domain/classify';

/** A few rows texts at once: the quarters and languages in use, for the classes of viewers reading. */
const MAX_TEXTS = 8;
const unpacked = new Map<string, readonly AtlasRow[]>();

function freeze(rows: AtlasRow[]): readonly AtlasRow[] {
	for (const row of rows) Object.freeze(Object.freeze(row).values);
	return Object.freeze(rows);
}

/** The rows of a rows text, parsed once per text. */
export function rowsOf(text: string): readonly AtlasRow[] {
	const held = unpacked.get(text);
	if (held) return held;
	const rows = freeze(unpackAtlasRows(text));
	unpacked.set(text, rows);
	while (unpacked.size > MAX_TEXTS) {
		const oldest = unpacked.keys().next().value;
		if (oldest === undefined) break;
		unpacked.delete(oldest);
	}
	return rows;
}

const views = new WeakMap<readonly AtlasRow[], Map<string, MetricView>>();

/** classifyRows, once per rows, metric and method. */
export function viewOf(rows: readonly AtlasRow[], metric: MapMetricId, method: ClassificationMethod | undefined): MetricView {
	let byKey = views.get(rows);
	if (!byKey) views.set(rows, (byKey = new Map()));
	const key = `${metric}\u0000${method ?? ''}`;
	let view = byKey.get(key);
	if (!view) byKey.set(key, (view = classifyRows(rows, metric, method)));
	return view;
}

const derived = new WeakMap<readonly AtlasRow[], Map<string, unknown>>();

/** `compute()` once per rows and `key` (which must name everything else the result depends on). */
export function once<T>(rows: readonly AtlasRow[], key: string, compute: () => T): T {
	let byKey = derived.get(rows);
	if (!byKey) derived.set(rows, (byKey = new Map()));
	if (!byKey.has(key)) byKey.set(key, compute());
	return byKey.get(key) as T;
}
