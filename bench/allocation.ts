/**
 * Allocation benchmark (issue 6, deliverable 9), medians on 2 cores:
 * - the formula for 94 services (the province's count): target ≤ 2 ms;
 * - the formula for 1,000 synthetic services: target ≤ 20 ms;
 * - the optimiser for 94 services and $5M, each objective: target ≤ 50 ms.
 * The formula runs with every stage engaged (floor, formula and need, a cap, damping, rounding to the dollar) and its
 * input validation included, as the browser's live recompute runs it. Inputs come from a fixed seed.
 */
import { DEFAULT_CONVERSION } from '../src/lib/domain/allocation/conversion';
import { DEFAULT_PARAMETERS } from '../src/lib/domain/allocation/defaults';
import { computeAllocation } from '../src/lib/domain/allocation/formula';
import { optimiseStaffing } from '../src/lib/domain/allocation/optimiser';
import type { OptimiserObjective } from '../src/lib/domain/allocation/optimiser-options';
import type { AllocationParameters, AllocationServiceInput } from '../src/lib/domain/allocation/types';

type BenchResult = { name: string; median_ms: number; target_ms?: number; runs: number; note?: string };

const SEED = 20_250_406;
const WARM_UP_RUNS = 20;
const MEASURED_RUNS = 101;

/** mulberry32: a small, fast, seedable PRNG (Tommy Ettinger, public domain). */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/**
 * Services shaped like Ontario's: populations from 5,000 to 3 million (log-uniform), about a fifth children, referrals
 * near the national rate of 160 per 100,000 children (Juristat 2024) with a spread, 40 % without an investigator,
 * last year's amounts around an equal split of the budget.
 */
function syntheticServices(count: number, budgetCents: number, seed = SEED): AllocationServiceInput[] {
	const next = random(seed);
	const between = (low: number, high: number) => low + (high - low) * next();
	return Array.from({ length: count }, (_, index) => {
		const population = Math.round(Math.exp(between(Math.log(5_000), Math.log(3_000_000))));
		const children = Math.round(population * between(0.18, 0.3));
		const referrals = Math.round((children * 160 * between(0.4, 2.5)) / 100_000);
		const investigatorFte = next() < 0.4 ? 0 : Math.floor(between(1, 21)) / 2;
		const gapSeverity = next() < 0.5 ? 0 : between(0, 3);
		const communities = Math.ceil(between(1, 12));
		const remote = next() < 0.33 ? between(0.3, 1) : between(0, 0.2);
		const member = next() < 0.3;
		return {
			police_service_id: `svc-${String(index).padStart(4, '0')}`,
			population,
			children,
			referrals,
			investigations: Math.round(referrals * between(0.5, 0.9)),
			investigator_fte: investigatorFte,
			referrals_per_investigator: investigatorFte > 0 ? referrals / investigatorFte : null,
			kind: index === 0 ? 'opp' : 'municipal',
			// Statistics Canada: 74 % of cleared online offences are charged, about 41 % cleared (Juristat 2024).
			charges: Math.round(referrals * between(0.15, 0.45)),
			children_in_gap: gapSeverity >= 1 ? Math.round(children * between(0.2, 1)) : 0,
			remoteness: communities * remote,
			remote_children: children * remote,
			last_year_cents: next() < 0.1 ? null : Math.round((budgetCents / count) * between(0.7, 1.3)),
			ice_strategy_member: index === 0 || member,
			assisted_by_opp: !member && investigatorFte === 0,
			has_gap: gapSeverity >= 1
		};
	});
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(work: () => unknown): number {
	for (let i = 0; i < WARM_UP_RUNS; i++) work();
	const timings: number[] = [];
	for (let i = 0; i < MEASURED_RUNS; i++) {
		const start = performance.now();
		work();
		timings.push(performance.now() - start);
	}
	return median(timings);
}

/** Floors take the same part of the budget whatever the count (0.5 % each for 94 services), so 1,000 floors still fit. */
function formulaParameters(count: number): AllocationParameters {
	return {
		...DEFAULT_PARAMETERS,
		eligibility: 'all_services',
		floor: { kind: 'share', share: (0.005 * 94) / count },
		cap: { kind: 'share', share: 0.15 },
		damping: 0.25
	};
}

function formulaBench(count: number, target: number): BenchResult {
	const params = formulaParameters(count);
	const services = syntheticServices(count, params.budget_cents);
	const result = computeAllocation(services, params);
	const note = result.infeasible
		? `INFEASIBLE (${result.infeasible.code}): measures the early exit only`
		: `all ${count} eligible; floors, cap 15%, damping 25%, rounding to the dollar`;
	return {
		name: `formula, ${count.toLocaleString('en-CA')} services`,
		median_ms: measure(() => computeAllocation(services, params)),
		target_ms: target,
		runs: MEASURED_RUNS,
		note
	};
}

function optimiserBench(objective: OptimiserObjective): BenchResult {
	const services = syntheticServices(94, DEFAULT_PARAMETERS.budget_cents);
	const options = {
		budget_cents: DEFAULT_PARAMETERS.budget_cents,
		eligibility: 'all_services' as const,
		objective,
		cap_cents: 100_000_000,
		target_referrals_per_investigator: 60,
		conversion: DEFAULT_CONVERSION
	};
	const result = optimiseStaffing(services, options);
	const worst = result.ok ? result.value.worst_referrals_per_investigator_after : null;
	const note = result.ok
		? `$${result.value.used_cents / 100} placed; worst referrals per investigator after: ${worst?.toFixed(1) ?? 'unbounded'}`
		: 'options rejected';
	return {
		name: `optimiser (${objective}), 94 services, $5M`,
		median_ms: measure(() => optimiseStaffing(services, options)),
		target_ms: 50,
		runs: MEASURED_RUNS,
		note
	};
}

export default async function run(): Promise<BenchResult[]> {
	return [formulaBench(94, 2), formulaBench(1_000, 20), optimiserBench('worst_caseload'), optimiserBench('gap_children')];
}
