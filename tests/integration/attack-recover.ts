/**
 * The attacker's solver: from everything a role fetched, try to bring a suppressed count back.
 *
 * Generic on purpose (no list of today's fields): every number published anywhere is read with the
 * service and quarter it is about, grouped into series by where it sits (route and JSON path, or CSV
 * route and column). A series is then recognised by fitting it against the counts the attacker knows
 * (every count that is not 1–4, a deliberately strong attacker): a quarter as published, a rolling
 * four-quarter total, or either scaled by a constant (a rate per 100 000 residents or per investigator
 * is a count times 1 / denominator; the scale is fitted, so the denominator need not be published).
 * Each published value of a recognised series over a quarter or window holding hidden counts becomes a
 * linear constraint on them, with the rounding of the printed figure as its tolerance. The system is
 * solved by elimination (differencing adjacent rolling totals, total minus published parts) and by
 * interval propagation with every hidden count in 1–4; a count is recovered if it is determined, and
 * narrowed if its feasible range is narrower than 1–4.
 */
import { shiftPeriod, type PeriodKey } from '../../src/lib/domain/period';
import type { Collected } from './attack-support';
import { csvRows } from '../support/csv-rows';

/** One published number, with what it is about. */
export interface Observation {
	series: string;
	service: string;
	period: PeriodKey;
	value: number;
	/** Half the last printed digit: how far the true figure may be from the printed one. */
	tolerance: number;
}

const PERIOD = /^\d{4}-Q[1-4]$/;
const SERVICE_KEYS = ['police_service_id', 'service_id', 'service'];

function toleranceOf(text: string): number {
	const decimals = text.includes('.') ? (text.split('.')[1] ?? '').replace(/[eE].*$/, '').length : 0;
	return decimals === 0 ? 0.5 : 0.5 * 10 ** -decimals;
}

function requestContext(path: string): { route: string; period: PeriodKey | null } {
	const url = new URL(path, 'http://attack.invalid');
	const period = url.searchParams.get('period');
	return { route: url.pathname, period: period && PERIOD.test(period) ? (period as PeriodKey) : null };
}

/** The responder (reporting unit) a row names: its figures are that team's, one series per team. */
function responderOf(record: Record<string, unknown>): string | null {
	const responder = record.responder;
	if (typeof responder === 'object' && responder !== null && typeof (responder as { id?: unknown }).id === 'string') return (responder as { id: string }).id;
	return typeof record.responder_id === 'string' ? record.responder_id : null;
}

/**
 * Every number in a JSON document, each with the service and period of the nearest object naming them.
 * Rows naming a responder make a series per responder: the OPP's communities carry their regional
 * team's figures, which the solver fits against that team's counts (a region total beside the
 * province total and its communities' rows).
 */
function fromJson(route: string, body: unknown, service: string, period: PeriodKey | null, out: Observation[], prefix = '', team = ''): void {
	if (Array.isArray(body)) {
		// Items named by an id or code (a list of metrics, of features) are told apart by it.
		for (const item of body) {
			const name = typeof item === 'object' && item !== null ? ((item as { id?: unknown }).id ?? (item as { code?: unknown }).code) : undefined;
			fromJson(route, item, service, period, out, `${prefix}[${typeof name === 'string' ? name : ''}]`, team);
		}
		return;
	}
	if (typeof body !== 'object' || body === null) return;
	const record = body as Record<string, unknown>;
	let here = service;
	for (const key of SERVICE_KEYS) if (typeof record[key] === 'string') here = record[key] as string;
	const responder = responderOf(record);
	const tag = responder ? `@${responder}` : team;
	const own = typeof record.period === 'string' && PERIOD.test(record.period) ? (record.period as PeriodKey) : period;
	for (const [key, value] of Object.entries(record)) {
		const path = `${prefix}.${key}`;
		if (typeof value === 'number' && Number.isFinite(value) && own) {
			out.push({ series: `${route}|${path}${tag}`, service: here, period: own, value, tolerance: toleranceOf(String(value)) });
		} else if (typeof value === 'object' && value !== null) {
			// A period-keyed map ({"2024-Q1": 12, …}) publishes a series too.
			if (!Array.isArray(value) && Object.keys(value).some((k) => PERIOD.test(k))) {
				for (const [k, v] of Object.entries(value)) {
					if (PERIOD.test(k) && typeof v === 'number') out.push({ series: `${route}|${path}{}${tag}`, service: here, period: k as PeriodKey, value: v, tolerance: toleranceOf(String(v)) });
					else fromJson(route, v, here, PERIOD.test(k) ? (k as PeriodKey) : own, out, `${path}{}`, tag);
				}
			} else fromJson(route, value, here, own, out, path, tag);
		}
	}
}

function fromCsv(route: string, text: string, service: string, period: PeriodKey | null, out: Observation[]): void {
	const [header, ...rows] = csvRows(text);
	if (!header) return;
	const serviceColumn = header.findIndex((name) => SERVICE_KEYS.includes(name.trim().toLowerCase()));
	const periodColumn = header.findIndex((name) => name.trim().toLowerCase() === 'period');
	for (const row of rows) {
		const here = serviceColumn >= 0 ? (row[serviceColumn] ?? service) : service;
		const rowPeriod = periodColumn >= 0 && PERIOD.test(row[periodColumn] ?? '') ? (row[periodColumn] as PeriodKey) : period;
		if (!rowPeriod) continue;
		row.forEach((cell, i) => {
			const text = cell.trim();
			if (i === serviceColumn || i === periodColumn || !/^-?\d+(\.\d+)?$/.test(text)) return;
			out.push({ series: `${route}|${header[i] ?? i}`, service: here, period: rowPeriod, value: Number(text), tolerance: toleranceOf(text) });
		});
	}
}

/** Every number a role was given, from every answer with status 200. */
export function observations(collected: ReadonlyMap<string, Collected>, service: string): Observation[] {
	const out: Observation[] = [];
	for (const [path, answer] of collected) {
		if (answer.status !== 200) continue;
		const { route, period } = requestContext(path);
		// Routes are generalised to their template shape so one series spans all requests for it; an
		// answer not asked about the service is attributed only where a row names it.
		const series = route.replaceAll(service, '{service}');
		const about = series === route ? '' : service;
		if (answer.type.includes('json')) {
			let body: unknown;
			try {
				body = JSON.parse(answer.body);
			} catch {
				continue;
			}
			const meta = (body as { meta?: { period?: unknown } }).meta;
			const fallback = period ?? (typeof meta?.period === 'string' && PERIOD.test(meta.period) ? (meta.period as PeriodKey) : null);
			fromJson(series, body, about, fallback, out);
		} else if (answer.type.includes('csv')) fromCsv(series, answer.body, about, period, out);
	}
	return out;
}

/** The true quarterly counts of one field of one service (summed over its reporting units), as the test knows them. */
export interface Truth {
	field: string;
	/** Per reporting unit, per period. */
	cells: ReadonlyMap<string, ReadonlyMap<PeriodKey, number>>;
}

export const isHidden = (value: number): boolean => value >= 1 && value <= 4;

interface Model {
	lags: readonly number[];
	/** One reporting unit, or null for the service's sum over units. */
	unit: string | null;
}

interface Constraint {
	/** Unknown cell keys (unit|period), coefficient 1 each. */
	unknowns: string[];
	low: number;
	high: number;
	/** The published figure it came from, for the failure message. */
	source: string;
}

export interface Finding {
	cell: string;
	truth: number;
	low: number;
	high: number;
	how: string;
	/** The published figures whose constraints involve the cell. */
	from: string[];
}

function windowCells(truth: Truth, model: Model, period: PeriodKey): { known: number; unknowns: string[]; complete: boolean } {
	const units = model.unit ? [model.unit] : [...truth.cells.keys()];
	let known = 0;
	const unknowns: string[] = [];
	let complete = true;
	for (const unit of units) {
		for (const lag of model.lags) {
			const p = shiftPeriod(period, -lag);
			const value = truth.cells.get(unit)?.get(p);
			if (value === undefined) complete = false;
			else if (isHidden(value)) unknowns.push(`${unit}|${p}`);
			else known += value;
		}
	}
	return { known, unknowns, complete };
}

/** A published series: its name and its values by quarter. */
export type Series = [string, Map<PeriodKey, Observation>];

/**
 * The series published about a service, and every product of a rate-like series with a
 * denominator-like one: what a series is does not depend on which count it is fitted against, so this
 * is worked out once per service and role.
 */
export function seriesOf(observed: readonly Observation[], service: string): Series[] {
	const bySeries = new Map<string, Map<PeriodKey, Observation>>();
	const ambiguous = new Set<string>();
	for (const observation of observed) {
		if (observation.service !== service) continue;
		const series = bySeries.get(observation.series) ?? new Map<PeriodKey, Observation>();
		const earlier = series.get(observation.period);
		// Two different values at one place for one service and quarter (a list of features, say): not a series of this service.
		if (earlier && earlier.value !== observation.value) ambiguous.add(observation.series);
		series.set(observation.period, observation);
		bySeries.set(observation.series, series);
	}
	for (const name of ambiguous) bySeries.delete(name);
	// The same figures published through several doors (the API, a CSV, a page) are one series to the
	// solver: identical series give identical constraints, and products of pairs grow with their square.
	const signatures = new Set<string>();
	for (const [name, series] of bySeries) {
		const signature = [...series].sort(([a], [b]) => a.localeCompare(b)).map(([period, o]) => `${period}=${o.value}`).join(';');
		if (signatures.has(signature)) bySeries.delete(name);
		else signatures.add(signature);
	}
	// A rate is a count over a denominator: each series is tried as is and multiplied by every other
	// series of the service published for the same quarters (investigators, population).
	const candidates: Series[] = [...bySeries];
	// A denominator printed coarsely (a small integer, a rounded share) pins nothing and lets unrelated
	// figures fit by chance: only finely printed values enter a product (filtered once per series).
	const fine = (keep: (observation: Observation) => boolean) =>
		[...bySeries]
			.map(([name, series]) => [name, new Map([...series].filter(([, observation]) => keep(observation)))] as const)
			.filter(([, series]) => series.size >= 3);
	const rates = fine((observation) => observation.tolerance / Math.abs(observation.value || 1) <= 0.01);
	const denominators = fine((observation) => observation.value > 0 && observation.tolerance / observation.value <= 0.01);
	for (const [rateName, rate] of rates) {
		for (const [denominatorName, denominator] of denominators) {
			if (rateName === denominatorName) continue;
			const product = new Map<PeriodKey, Observation>();
			for (const [period, observation] of rate) {
				const d = denominator.get(period);
				if (!d) continue;
				const tolerance = observation.tolerance * (d.value + d.tolerance) + d.tolerance * Math.abs(observation.value);
				product.set(period, { ...observation, value: observation.value * d.value, tolerance });
			}
			if (product.size >= 3) candidates.push([`${rateName} × ${denominatorName}`, product]);
		}
		// A denominator printed with few digits may be exact, not rounded (staffing of 2.5 investigators):
		// the product is then tried as the count itself, pinned to within the rate's own rounding. Only
		// a fit at scale exactly one is taken (EXACT_PRODUCT), so a coarse figure cannot fit by chance.
		for (const [denominatorName, denominator] of bySeries) {
			if (rateName === denominatorName || denominators.some(([name]) => name === denominatorName)) continue;
			const product = new Map<PeriodKey, Observation>();
			for (const [period, observation] of rate) {
				const d = denominator.get(period);
				if (!d || !(d.value > 0)) continue;
				product.set(period, { ...observation, value: observation.value * d.value, tolerance: observation.tolerance * d.value });
			}
			if (product.size >= 3) candidates.push([`${rateName}${EXACT_PRODUCT}${denominatorName}`, product]);
		}
	}
	return candidates;
}

/** Marks a product with a denominator taken as exact: it must fit the count at scale one. */
const EXACT_PRODUCT = ' ×exact ';

/**
 * Fits each published series of the service against each model and turns its values over hidden cells
 * into constraints. A fit needs at least four fully known windows with a non-zero sum and three different sums, all consistent
 * with one scale within the printed rounding.
 */
export function constraintsFrom(candidates: readonly Series[], truth: Truth): { constraints: Constraint[]; how: string[] } {
	const units = [...truth.cells.keys()];
	const models: Model[] = [];
	for (const lags of [[0], [0, 1, 2, 3]]) {
		models.push({ lags, unit: null });
		if (units.length > 1) for (const unit of units) models.push({ lags, unit });
	}
	const constraints: Constraint[] = [];
	const how: string[] = [];
	// A window's cells depend on the model and the quarter only: worked out once, not once per series.
	const windows = new Map<string, ReturnType<typeof windowCells>>();
	const windowOf = (model: Model, index: number, period: PeriodKey) => {
		const key = `${index}|${period}`;
		let found = windows.get(key);
		if (!found) {
			found = windowCells(truth, model, period);
			windows.set(key, found);
		}
		return found;
	};
	for (const [name, series] of candidates) {
		for (const [index, model] of models.entries()) {
			const fits: { value: number; tolerance: number; sum: number }[] = [];
			for (const [period, observation] of series) {
				const window = windowOf(model, index, period);
				// A figure printed too coarsely to tell one count from the next (a share shown as 1) is no evidence of what a series is.
				if (observation.tolerance / Math.abs(observation.value) > 0.1) continue;
				if (window.complete && window.unknowns.length === 0 && window.known > 0) fits.push({ value: observation.value, tolerance: observation.tolerance, sum: window.known });
			}
			// Four windows with different sums (three for a product): a constant (a weight, a share) fits nothing.
			const exact = name.includes(EXACT_PRODUCT);
			if (fits.length < 4 || new Set(fits.map((fit) => fit.sum)).size < (name.includes(' × ') || exact ? 3 : 2)) continue;
			// The scale interval every fully known window allows; empty means this is not the series.
			let low = 0;
			let high = Number.POSITIVE_INFINITY;
			for (const fit of fits) {
				low = Math.max(low, (fit.value - fit.tolerance) / fit.sum);
				high = Math.min(high, (fit.value + fit.tolerance) / fit.sum);
			}
			// A count published as is: the scale is exactly 1 when every known window allows it.
			if (low <= 1 && 1 <= high && !name.includes(' × ')) {
				low = 1;
				high = 1;
			} else if (exact) continue;
			// The scale must be pinned to within 10 % (2 % for a product, which has more ways to fit by chance).
			if (!(low <= high) || low <= 0 || (high - low) / high > (name.includes(' × ') ? 0.02 : 0.1)) continue;
			how.push(`${name} fits ${model.lags.length === 1 ? 'a quarter' : 'a rolling four-quarter total'}${model.unit ? ` of ${model.unit}` : ''} × [${low.toPrecision(4)}, ${high.toPrecision(4)}]`);
			for (const [period, observation] of series) {
				const window = windowOf(model, index, period);
				if (!window.complete || window.unknowns.length === 0) continue;
				// value ≈ scale × (known + Σ unknowns), scale in [low, high].
				const sumLow = (observation.value - observation.tolerance) / high - window.known;
				const sumHigh = (observation.value + observation.tolerance) / low - window.known;
				constraints.push({ unknowns: window.unknowns, low: sumLow, high: sumHigh, source: `${name} at ${period} = ${observation.value}` });
			}
		}
	}
	return { constraints, how };
}

/**
 * Solves the constraints for the hidden cells: exact equations (tolerance below one count) by
 * elimination, which finds differences of rolling totals and totals minus parts; then interval
 * propagation over all constraints and the eliminated rows with every cell an integer in 1–4.
 */
export function solve(constraints: readonly Constraint[], truth: Truth): Finding[] {
	const hidden = new Map<string, number>();
	for (const [unit, periods] of truth.cells) for (const [period, value] of periods) if (isHidden(value)) hidden.set(`${unit}|${period}`, value);
	const names = [...new Set(constraints.flatMap((c) => c.unknowns))].filter((name) => hidden.has(name));
	if (names.length === 0) return [];
	const index = new Map(names.map((name, i) => [name, i]));
	// Rows for elimination: coefficients and the midpoint, kept only where the sum is pinned to one integer.
	const rows: number[][] = [];
	for (const constraint of constraints) {
		const lo = Math.ceil(constraint.low - 1e-9);
		const hi = Math.floor(constraint.high + 1e-9);
		if (lo !== hi) continue;
		const row = new Array<number>(names.length + 1).fill(0);
		for (const name of constraint.unknowns) row[index.get(name) ?? 0] = (row[index.get(name) ?? 0] ?? 0) + 1;
		row[names.length] = lo;
		rows.push(row);
	}
	let pivotRow = 0;
	for (let column = 0; column < names.length && pivotRow < rows.length; column++) {
		const found = rows.findIndex((row, i) => i >= pivotRow && Math.abs(row[column] ?? 0) > 1e-9);
		if (found < 0) continue;
		[rows[pivotRow], rows[found]] = [rows[found] ?? [], rows[pivotRow] ?? []];
		const pivot = rows[pivotRow] ?? [];
		const factor = pivot[column] ?? 1;
		for (let j = 0; j <= names.length; j++) pivot[j] = (pivot[j] ?? 0) / factor;
		for (let i = 0; i < rows.length; i++) {
			const row = rows[i] ?? [];
			if (i === pivotRow || Math.abs(row[column] ?? 0) < 1e-12) continue;
			const scale = row[column] ?? 0;
			for (let j = 0; j <= names.length; j++) row[j] = (row[j] ?? 0) - scale * (pivot[j] ?? 0);
		}
		pivotRow++;
	}
	// Bounds: every hidden cell is an integer in 1–4.
	const low = names.map(() => 1);
	const high = names.map(() => 4);
	const linear: { coefficients: number[]; low: number; high: number }[] = [
		...constraints.map((c) => {
			const coefficients = new Array<number>(names.length).fill(0);
			for (const name of c.unknowns) if (index.has(name)) coefficients[index.get(name) ?? 0] = (coefficients[index.get(name) ?? 0] ?? 0) + 1;
			return { coefficients, low: c.low, high: c.high };
		}),
		...rows.map((row) => ({ coefficients: row.slice(0, names.length), low: (row[names.length] ?? 0) - 1e-6, high: (row[names.length] ?? 0) + 1e-6 }))
	];
	for (let pass = 0; pass < 50; pass++) {
		let changed = false;
		for (const constraint of linear) {
			for (let k = 0; k < names.length; k++) {
				const a = constraint.coefficients[k] ?? 0;
				if (Math.abs(a) < 1e-9) continue;
				// a·x_k ∈ [low − max(rest), high − min(rest)]
				let restLow = 0;
				let restHigh = 0;
				for (let j = 0; j < names.length; j++) {
					const b = constraint.coefficients[j] ?? 0;
					if (j === k || Math.abs(b) < 1e-9) continue;
					restLow += b > 0 ? b * (low[j] ?? 1) : b * (high[j] ?? 4);
					restHigh += b > 0 ? b * (high[j] ?? 4) : b * (low[j] ?? 1);
				}
				let from = (constraint.low - restHigh) / a;
				let to = (constraint.high - restLow) / a;
				if (a < 0) [from, to] = [to, from];
				const newLow = Math.max(low[k] ?? 1, Math.ceil(from - 1e-6));
				const newHigh = Math.min(high[k] ?? 4, Math.floor(to + 1e-6));
				if (newLow > (low[k] ?? 1) || newHigh < (high[k] ?? 4)) {
					low[k] = newLow;
					high[k] = newHigh;
					changed = true;
				}
			}
		}
		if (!changed) break;
	}
	const findings: Finding[] = [];
	names.forEach((name, k) => {
		const value = hidden.get(name) ?? 0;
		const lo = low[k] ?? 1;
		const hi = high[k] ?? 4;
		// An empty range means the figures were computed from stand-ins, not the truth: nothing learnt.
		if (lo > hi || value < lo || value > hi) return;
		const from = constraints.filter((c) => c.unknowns.includes(name)).map((c) => c.source);
		if (lo > 1 || hi < 4) findings.push({ cell: name, truth: value, low: lo, high: hi, how: lo === hi ? 'recovered' : 'narrowed', from });
	});
	return findings;
}

/** The whole attack on one field of one service: what was recovered or narrowed, and which series were used. */
/** Series per collection and service, so attacking every field of a service reads its answers once. */
const prepared = new WeakMap<ReadonlyMap<string, Collected>, Map<string, { series: Series[]; observed: number; digest?: string }>>();
const solved = new WeakMap<Truth, Map<string, { findings: Finding[]; how: string[] }>>();

export function recover(collected: ReadonlyMap<string, Collected>, service: string, truth: Truth): { findings: Finding[]; how: string[]; observed: number } {
	const byService = prepared.get(collected) ?? new Map<string, { series: Series[]; observed: number; digest?: string }>();
	prepared.set(collected, byService);
	let found = byService.get(service);
	if (!found) {
		const observed = observations(collected, service);
		found = { series: seriesOf(observed, service), observed: observed.length };
		byService.set(service, found);
	}
	// Roles shown the same figures get the same answer: solved once per distinct set of series.
	const digest = found.digest ?? (found.digest = found.series.map(([name, series]) => `${name}:${[...series].map(([period, o]) => `${period}=${o.value}`).join(',')}`).join('\n'));
	const bySeries = solved.get(truth) ?? new Map<string, { findings: Finding[]; how: string[] }>();
	solved.set(truth, bySeries);
	let result = bySeries.get(digest);
	if (!result) {
		const { constraints, how } = constraintsFrom(found.series, truth);
		result = { findings: solve(constraints, truth), how };
		bySeries.set(digest, result);
	}
	return { ...result, observed: found.observed };
}
