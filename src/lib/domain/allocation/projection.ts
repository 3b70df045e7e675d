/**
 * What a scenario's money buys, per service: the FTEs it funds (conversion.ts) and the staffing metrics after they are
 * added. The coverage engine reruns the gap rules on the projected staffing; `staffingGapClosed` is only the
 * optimiser's quick stand-in for that, on the two rules staffing alone can move (no local unit, caseload too high).
 */
import { byServiceId } from './eligibility';
import { ftesFromCents, type FteConversion } from './conversion';
import type { AllocationServiceInput } from './types';

export type AddedFtes = {
	police_service_id: string;
	amount_cents: number;
	investigator_fte_added: number;
	forensic_examiner_fte_added: number;
	used_cents: number;
	unused_cents: number;
};

/** FTEs funded by each allocation, sorted by service id; pure, fed to the coverage rerun of a projection. */
export function projectFtes(
	allocations: readonly { police_service_id: string; amount_cents: number }[],
	conversion: FteConversion
): AddedFtes[] {
	return [...allocations].sort(byServiceId).map((allocation) => {
		const funded = ftesFromCents(allocation.amount_cents, conversion);
		return {
			police_service_id: allocation.police_service_id,
			amount_cents: allocation.amount_cents,
			investigator_fte_added: funded.investigator_fte,
			forensic_examiner_fte_added: funded.forensic_examiner_fte,
			used_cents: funded.used_cents,
			unused_cents: funded.unused_cents
		};
	});
}

/**
 * Annual referrals per investigator FTE. Referrals with nobody to carry them are an unbounded caseload (Infinity, which
 * serialises as null); no referrals is no caseload (0).
 */
export function referralsPerInvestigator(referrals: number, investigatorFte: number): number {
	if (investigatorFte > 0) return referrals / investigatorFte;
	return referrals > 0 ? Number.POSITIVE_INFINITY : 0;
}

/** Investigators a service must have for staffing alone not to put it in a gap: at least one, and caseload ≤ target. */
export function investigatorsNeeded(service: AllocationServiceInput, targetReferralsPerInvestigator: number): number {
	const forCaseload = targetReferralsPerInvestigator > 0 ? service.referrals / targetReferralsPerInvestigator : 0;
	return Math.max(1, forCaseload);
}

/**
 * The stand-in gap test: a service with children in `gap`/`critical` communities whose staffing was short (below
 * `investigatorsNeeded`) counts as closed once the added FTEs make up the shortfall. A service already staffed to
 * that level is in a gap for other reasons (distance, backlog), which money for investigators does not close.
 */
export function staffingGapClosed(
	service: AllocationServiceInput,
	addedFte: number,
	targetReferralsPerInvestigator: number
): boolean {
	if (service.children_in_gap <= 0) return false;
	const needed = investigatorsNeeded(service, targetReferralsPerInvestigator);
	return service.investigator_fte < needed && service.investigator_fte + addedFte >= needed;
}

export type StaffingOutcome = {
	police_service_id: string;
	investigator_fte_added: number;
	/** null: referrals but no investigator (an unbounded caseload). */
	referrals_per_investigator_before: number | null;
	referrals_per_investigator_after: number | null;
	gap_closed: boolean;
};

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

export function staffingOutcome(
	service: AllocationServiceInput,
	addedFte: number,
	targetReferralsPerInvestigator: number
): StaffingOutcome {
	const before = service.investigator_fte;
	return {
		police_service_id: service.police_service_id,
		investigator_fte_added: addedFte,
		referrals_per_investigator_before: finiteOrNull(referralsPerInvestigator(service.referrals, before)),
		referrals_per_investigator_after: finiteOrNull(referralsPerInvestigator(service.referrals, before + addedFte)),
		gap_closed: staffingGapClosed(service, addedFte, targetReferralsPerInvestigator)
	};
}

/** The worst caseload among outcomes: null if some service has referrals and no investigator. */
export function worstCaseload(outcomes: readonly StaffingOutcome[], after: boolean): number | null {
	let worst = 0;
	for (const outcome of outcomes) {
		const value = after ? outcome.referrals_per_investigator_after : outcome.referrals_per_investigator_before;
		if (value === null) return null;
		worst = Math.max(worst, value);
	}
	return worst;
}
