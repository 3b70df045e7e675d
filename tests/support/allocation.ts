/**
 * Hand-made allocation inputs. `allocationService` fills what a test leaves out with a plain municipal
 * member of the strategy: 100,000 people, 20,000 children, no referral, charge or investigator, no gap,
 * on the road network, with no funding last year; referrals per investigator follow from the figures
 * given. `allocationParameters` fills the rules a test leaves out: every service eligible, no floor,
 * the whole budget by formula, no cap, no damping, rounded to the cent.
 */
import type { AllocationParameters, AllocationServiceInput } from '../../src/lib/domain/allocation/types';

export function allocationService(given: Pick<AllocationServiceInput, 'police_service_id'> & Partial<AllocationServiceInput>): AllocationServiceInput {
	const referrals = given.referrals ?? 0;
	const fte = given.investigator_fte ?? 0;
	return {
		kind: 'municipal',
		population: 100_000,
		children: 20_000,
		charges: 0,
		investigations: 0,
		children_in_gap: 0,
		remoteness: 0,
		remote_children: 0,
		last_year_cents: null,
		ice_strategy_member: true,
		assisted_by_opp: false,
		has_gap: false,
		referrals_per_investigator: fte > 0 ? referrals / fte : null,
		...given,
		referrals,
		investigator_fte: fte
	};
}

export function allocationParameters(given: Pick<AllocationParameters, 'budget_cents' | 'weights'> & Partial<AllocationParameters>): AllocationParameters {
	return {
		eligibility: 'all_services',
		floor: { kind: 'cents', cents: 0 },
		formula_share: 1,
		cap: { kind: 'none' },
		damping: null,
		rounding_cents: 1,
		...given
	};
}
