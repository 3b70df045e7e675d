/**
 * Each eligible service's interval [min_cents, max_cents]: the floor and the cap, narrowed by damping against last
 * year (UK Police Allocation Formula: floors/damping limit year-on-year change). All bounds are integer cents, so the
 * rounded amounts can honour them exactly.
 */
import type { CapRule, FloorRule } from './types';

/**
 * x × share computed in floating point can land a hair off the intended value (500000000 × 0.1 = 50000000.00000001):
 * the guard, a few ulps of x, keeps such noise from moving a bound by a whole cent.
 */
function guard(x: number): number {
	return Math.abs(x) * 8 * Number.EPSILON;
}

export function roundDownCents(x: number): number {
	return Math.floor(x + guard(x));
}

export function roundUpCents(x: number): number {
	return Math.ceil(x - guard(x));
}

/** A share floor is a share of the budget, rounded down to the cent. */
export function floorCents(floor: FloorRule, budgetCents: number): number {
	return floor.kind === 'cents' ? floor.cents : roundDownCents(floor.share * budgetCents);
}

/** No cap reads as "the whole budget", which no service can exceed anyway. */
export function capCents(cap: CapRule, budgetCents: number): number {
	if (cap.kind === 'none') return budgetCents;
	return cap.kind === 'cents' ? Math.min(cap.cents, budgetCents) : roundDownCents(cap.share * budgetCents);
}

export type ServiceLimits = {
	min_cents: number;
	max_cents: number;
	/** Whether damping narrowed the interval against last year's amount. */
	damped: boolean;
	/** Whether the phase-in of a recipient new to the strategy narrowed it. */
	phased_in: boolean;
};

/**
 * Phase-in of a recipient with no funding last year, while damping is on: in its first year it receives at most this
 * share of its formula amount (floor plus what it earns by formula and need), and never less than its floor. Without
 * it a newcomer would take its whole formula amount at once, and the others' damping bounds would crowd the budget
 * (UK Police Allocation Formula: floors and damping limit year-on-year change for every force).
 */
export const NEW_RECIPIENT_PHASE_IN = 0.5;

/** A recipient with no amount last year (null or 0) is a newcomer: damping against zero would freeze it at zero. */
export function hasLastYear(lastYearCents: number | null): lastYearCents is number {
	return lastYearCents !== null && lastYearCents > 0;
}

/**
 * One recipient's interval: [floor, cap] without damping; with damping, last year ± damping (within floor and cap),
 * or for a newcomer [floor, max(floor, NEW_RECIPIENT_PHASE_IN × its formula amount)] (within the cap).
 */
export function recipientLimits(
	lastYearCents: number | null,
	damping: number | null,
	floor: number,
	cap: number,
	formulaCents: number
): ServiceLimits {
	if (damping === null) return { min_cents: floor, max_cents: cap, damped: false, phased_in: false };
	if (!hasLastYear(lastYearCents)) {
		const phased = Math.max(floor, roundDownCents(formulaCents * NEW_RECIPIENT_PHASE_IN));
		return { min_cents: floor, max_cents: Math.min(cap, phased), damped: false, phased_in: phased < cap };
	}
	return {
		min_cents: Math.max(floor, roundUpCents(lastYearCents * (1 - damping))),
		max_cents: Math.min(cap, roundDownCents(lastYearCents * (1 + damping))),
		damped: true,
		phased_in: false
	};
}
