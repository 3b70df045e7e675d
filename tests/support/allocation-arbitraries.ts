/**
 * fast-check generators of services and parameters, for the property tests only (fast-check is a dev dependency,
 * so this module stays under tests/, out of reach of production code). They favour inputs that are valid and mostly feasible, with edge
 * cases mixed in: zero counts, services without investigators, newcomers, tight floors and caps, coarse rounding.
 */
import fc from 'fast-check';
import { countEligible, countRecipients } from '../../src/lib/domain/allocation/eligibility';
import { FACTOR_IDS, zeroWeights } from '../../src/lib/domain/allocation/factors';
import {
	ELIGIBILITY_RULES,
	ROUNDING_UNITS_CENTS,
	type AllocationParameters,
	type AllocationServiceInput,
	type CapRule,
	type FloorRule
} from '../../src/lib/domain/allocation/types';

const count = (max: number) => fc.oneof(fc.constant(0), fc.integer({ min: 0, max }), fc.double({ min: 0, max, noNaN: true }));

export function serviceArbitrary(id: string): fc.Arbitrary<AllocationServiceInput> {
	return fc
		.record({
			population: count(3_000_000),
			children: count(600_000),
			referrals: fc.integer({ min: 0, max: 5_000 }),
			charges: fc.integer({ min: 0, max: 1_000 }),
			kind: fc.constantFrom('municipal' as const, 'first_nations' as const),
			assisted: fc.boolean(),
			investigations: fc.integer({ min: 0, max: 3_000 }),
			investigator_fte: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 }).map((n) => n / 2)),
			has_gap: fc.boolean(),
			gap_children: count(100_000),
			remoteness: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 50, noNaN: true })),
			remote_share: fc.double({ min: 0, max: 1, noNaN: true }),
			// A stand-in, rescaled by scenarioArbitrary to the budget: 100,000,000 means "budget ÷ eligible count".
			last_year_cents: fc.option(
				fc.oneof(fc.integer({ min: 0, max: 200_000_000 }), fc.integer({ min: 80_000_000, max: 120_000_000 })),
				{ nil: null }
			),
			ice_strategy_member: fc.boolean()
		})
		.map((r) => ({
			police_service_id: id,
			kind: r.kind,
			population: r.population,
			children: r.children,
			referrals: r.referrals,
			charges: r.charges,
			investigations: r.investigations,
			investigator_fte: r.investigator_fte,
			referrals_per_investigator: r.investigator_fte > 0 ? r.referrals / r.investigator_fte : null,
			children_in_gap: r.has_gap ? Math.min(r.gap_children, r.children) : 0,
			remoteness: r.remoteness,
			remote_children: r.children * r.remote_share,
			last_year_cents: r.last_year_cents,
			// No First Nations service is an ICE Strategy member, and every one is assisted by the OPP.
			ice_strategy_member: r.kind === 'first_nations' ? false : r.ice_strategy_member,
			assisted_by_opp: r.kind === 'first_nations' || (r.assisted && r.investigator_fte === 0),
			has_gap: r.has_gap
		}));
}

/**
 * 1 to `max` services with distinct ids, at least one of them an ICE Strategy member; often one of them is the OPP
 * (a member, or not), so the assisted-communities line is exercised.
 */
export function servicesArbitrary(max = 30): fc.Arbitrary<AllocationServiceInput[]> {
	return fc
		.tuple(fc.integer({ min: 1, max }), fc.oneof(fc.constant(-1), fc.nat()))
		.chain(([n, opp]) =>
			fc
				.tuple(...Array.from({ length: n }, (_, i) => serviceArbitrary(`svc-${String(i).padStart(3, '0')}`)))
				.map((list) =>
					list.map((s, i): AllocationServiceInput => {
						const first = i === 0 ? { ...s, kind: 'municipal' as const, ice_strategy_member: true } : s;
						return opp >= 0 && i === opp % n ? { ...first, kind: 'opp', assisted_by_opp: false } : first;
					})
				)
		);
}

const weightsArbitrary = fc
	.array(fc.integer({ min: 0, max: 100 }), { minLength: FACTOR_IDS.length, maxLength: FACTOR_IDS.length })
	.filter((raw) => raw.some((w) => w > 0))
	.map((raw) => {
		const total = raw.reduce((a, b) => a + b, 0);
		const weights = zeroWeights();
		FACTOR_IDS.forEach((id, i) => (weights[id] = (raw[i] ?? 0) / total));
		return weights;
	});

/**
 * Parameters for `n` services: floors sized so that n floors fit in the budget and caps so that n caps hold it, with
 * the occasional infeasible damping band left in on purpose.
 */
export function parametersArbitrary(
	n: number,
	eligibility: AllocationParameters['eligibility']
): fc.Arbitrary<AllocationParameters> {
	return fc.integer({ min: 1, max: 1_000_000_000_000 }).chain((budget) => {
		const perService = Math.floor(budget / n);
		// Mostly modest floors (up to a fifth of an equal split), sometimes the whole equal split.
		const floor: fc.Arbitrary<FloorRule> = fc.oneof(
			fc.integer({ min: 0, max: Math.floor(perService / 5) }).map((cents) => ({ kind: 'cents' as const, cents })),
			fc.integer({ min: 0, max: perService }).map((cents) => ({ kind: 'cents' as const, cents })),
			fc.double({ min: 0, max: 0.2 / n, noNaN: true }).map((share) => ({ kind: 'share' as const, share }))
		);
		const cap: fc.Arbitrary<CapRule> = fc.oneof(
			fc.constant({ kind: 'none' as const }),
			fc.integer({ min: Math.ceil(budget / n), max: budget }).map((cents) => ({ kind: 'cents' as const, cents })),
			fc.double({ min: Math.min(1, 1.001 / n), max: 1, noNaN: true }).map((share) => ({ kind: 'share' as const, share }))
		);
		return fc.record({
			budget_cents: fc.constant(budget),
			eligibility: fc.constant(eligibility),
			floor,
			formula_share: fc.oneof(fc.constantFrom(0, 0.75, 1), fc.double({ min: 0, max: 1, noNaN: true })),
			weights: weightsArbitrary,
			cap,
			damping: fc.option(
				fc.oneof(fc.constantFrom(0, 0.1, 0.25), fc.double({ min: 0, max: 2, noNaN: true })),
				{ nil: null, freq: 2 }
			),
			rounding_cents: fc.constantFrom(...ROUNDING_UNITS_CENTS)
		});
	});
}

/** Services with parameters sized for those of them that are eligible. */
export const scenarioArbitrary = fc
	.tuple(servicesArbitrary(), fc.constantFrom(...ELIGIBILITY_RULES))
	.chain(([services, rule]) => {
		const eligibility = countEligible(services, rule) > 0 ? rule : 'all_services';
		const n = countRecipients(services, eligibility);
		return parametersArbitrary(n, eligibility).map((params) => ({
			params,
			services: services.map((service) => ({
				...service,
				last_year_cents:
					service.last_year_cents === null
						? null
						: Math.round((service.last_year_cents / 100_000_000) * (params.budget_cents / n))
			}))
		}));
	});
