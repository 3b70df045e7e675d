/**
 * Side by side: up to four services in columns on every compared metric, each column after the first
 * marked where it differs from the first (the reference) by at least a tenth. The mark's tone follows
 * the metric's direction (metrics.ts): "better", "worse", or "different" for neutral metrics; the
 * percentage is always shown beside it, so colour never carries the meaning alone (WCAG 1.4.1).
 */
import { metrics, type ServiceMetricId } from '../../metrics';
import { isDisclosureMarker } from '../../format';
import type { DisclosedNumber } from '../coverage';
import { weightedAverage } from './averages';
import { COMPARED_METRICS, hasNoUnit, isRankedMetric, NOT_AVERAGED } from './comparison';
import { percentileOf, rankValues } from './ranking';
import type { GroupAverage, ServiceSnapshot } from './types';

export const MAX_SIDE_BY_SIDE = 4;
/** A relative difference from the reference column at or above this is highlighted. */
export const NOTABLE_DIFFERENCE = 0.1;

export type DifferenceTone = 'better' | 'worse' | 'different';

export interface SideBySideCell {
	police_service_id: string;
	value: DisclosedNumber;
	percentile: number | null;
	/** (value − reference) ÷ reference (relativeTo); null for the reference column or a hidden value. */
	relative: number | null;
	/** Set when the difference is notable. */
	tone: DifferenceTone | null;
	/** The value is 0 for want of staff: read "no unit", no percentile (comparison.ts `hasNoUnit`). */
	no_unit: boolean;
}

export interface SideBySideRow {
	metric: ServiceMetricId;
	/** False for raw counts: shown, with no percentile, difference or average (comparison.ts). */
	compared: boolean;
	cells: SideBySideCell[];
	/** Services with a published value (the percentiles' base). */
	ranked: number;
	province: GroupAverage;
}

export type IdsProblem = 'missing' | 'too_many' | 'malformed' | 'duplicate';
export type ParsedIds = { ok: true; ids: string[] } | { ok: false; problem: IdsProblem; id?: string };

/** `ids=a,b,c`: one to MAX_SIDE_BY_SIDE distinct service ids (the caller checks they exist). */
export function parseServiceIds(param: string | null, isId: (id: string) => boolean): ParsedIds {
	const ids = (param ?? '').split(',').map((id) => id.trim()).filter((id) => id !== '');
	if (ids.length === 0) return { ok: false, problem: 'missing' };
	if (ids.length > MAX_SIDE_BY_SIDE) return { ok: false, problem: 'too_many' };
	const malformed = ids.find((id) => !isId(id));
	if (malformed !== undefined) return { ok: false, problem: 'malformed', id: malformed.slice(0, 64) };
	const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
	if (duplicate !== undefined) return { ok: false, problem: 'duplicate', id: duplicate };
	return { ok: true, ids };
}

function visible(value: DisclosedNumber): number | null {
	return isDisclosureMarker(value) || value === null || !Number.isFinite(value) ? null : value;
}

/**
 * (value − reference) ÷ reference, for a positive reference only: against zero or a negative reference
 * (a shrinking backlog) a percentage says nothing, so there is none.
 */
export function relativeTo(value: number | null, reference: number | null): number | null {
	if (value === null || reference === null || !(reference > 0) || !Number.isFinite(value) || !Number.isFinite(reference)) return null;
	return (value - reference) / reference;
}

export function differenceTone(metric: ServiceMetricId, relative: number | null): DifferenceTone | null {
	if (relative === null || Math.abs(relative) < NOTABLE_DIFFERENCE) return null;
	const direction = metrics[metric].direction;
	if (direction === 'neutral') return 'different';
	return (relative > 0) === (direction === 'higher_is_better') ? 'better' : 'worse';
}

/**
 * `snapshots`: disclosed for everyone, for the percentiles and the provincial average (the same for
 * every viewer); `shown`: disclosed for the viewer, for the cells' values and their differences.
 */
export function sideBySide(snapshots: readonly ServiceSnapshot[], ids: readonly string[], shown: readonly ServiceSnapshot[] = snapshots): SideBySideRow[] {
	const byId = new Map(shown.map((snapshot) => [snapshot.police_service_id, snapshot]));
	const chosen = ids.map((id) => {
		const snapshot = byId.get(id);
		if (!snapshot) throw new Error(`No snapshot for service ${id}`);
		return snapshot;
	});
	return COMPARED_METRICS.map((metric) => {
		const compared = isRankedMetric(metric);
		const { ranking } = compared ? rankValues(snapshots, metric) : { ranking: [] };
		const reference = visible(chosen[0]?.values[metric] ?? null);
		const cells = chosen.map((snapshot, column) => {
			const value = snapshot.values[metric];
			const own = visible(value);
			const relative = compared && column > 0 ? relativeTo(own, reference) : null;
			const noUnit = compared && hasNoUnit(snapshot, metric);
			return {
				police_service_id: snapshot.police_service_id,
				value,
				percentile: noUnit ? null : percentileOf(ranking, snapshot.police_service_id),
				relative,
				tone: differenceTone(metric, relative),
				no_unit: noUnit
			};
		});
		return { metric, compared, cells, ranked: ranking.length, province: compared ? weightedAverage(snapshots, metric) : NOT_AVERAGED };
	});
}
