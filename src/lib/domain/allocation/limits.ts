/**
 * Each eligible service's interval [min_cents, max_cents]: the floor and the cap, narrowed by damping against last
 * year (UK Police Allocation Formula: floors/damping limit year-on-year change). All bounds are integer cents, so the
 * rounded amounts can honour them exactly.
 */
import type { AllocationParameters, AllocationServiceInput, CapRule, FloorRule } from './types';

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
	/** Whether damping narrowed the interval (a service new to the strategy, or with damping off, is not damped). */
	damped: boolean;
};

/** A service with no amount last year (null or 0) is a newcomer: damping against zero would freeze it at zero. */
export function hasLastYear(service: AllocationServiceInput): service is AllocationServiceInput & {
	last_year_cents: number;
} {
	return service.last_year_cents !== null && service.last_year_cents > 0;
}

export function serviceLimits(
	service: AllocationServiceInput,
	params: AllocationParameters,
	floor: number,
	cap: number
): ServiceLimits {
	if (params.damping === null || !hasLastYear(service)) {
		return { min_cents: floor, max_cents: cap, damped: false };
	}
	const lastYear = service.last_year_cents;
	return {
		min_cents: Math.max(floor, roundUpCents(lastYear * (1 - params.damping))),
		max_cents: Math.min(cap, roundDownCents(lastYear * (1 + params.damping))),
		damped: true
	};
}
