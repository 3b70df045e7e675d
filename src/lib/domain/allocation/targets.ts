/**
 * The unconstrained split: what each eligible service earns from each factor and from need, in real-valued cents,
 * before caps, damping and rounding. The floors come first; `formula_share` of what remains is the formula pot and the
 * rest is the need pot (34 U.S.C. § 21116: at least 75 % by formula, the rest by need).
 */
import { FACTOR_IDS, zeroWeights, type FactorId } from './factors';
import type { AllocationParameters, AllocationServiceInput } from './types';

export type ServiceTarget = {
	factor_cents: Record<FactorId, number>;
	need_cents: number;
	/** Everything above the floor: the sum of the factor parts and the need part. */
	earned_cents: number;
};

/**
 * Each factor's value for each service, in input order. For `caseload_per_investigator`, a service without an
 * investigator (null) counts as the highest need: the larger of the highest value among services that have
 * investigators and its own referrals (every one of which lands on nobody).
 */
export function factorValues(services: readonly AllocationServiceInput[], id: FactorId): number[] {
	if (id !== 'caseload_per_investigator') return services.map((service) => service[id]);
	let highest = 0;
	for (const service of services) {
		if (service.referrals_per_investigator !== null) highest = Math.max(highest, service.referrals_per_investigator);
	}
	return services.map((service) => service.referrals_per_investigator ?? Math.max(highest, service.referrals));
}

/** Each value's share of the total; with a zero total the factor carries no information, so it is split equally. */
export function sharesOf(values: readonly number[]): number[] {
	let total = 0;
	for (const value of values) total += value;
	if (total <= 0) return values.map(() => 1 / values.length);
	return values.map((value) => value / total);
}

/**
 * Need weight = gap severity × children, i.e. the sum over the service's communities of level score × children: a
 * child in a `critical` community weighs three times a child in a `watch` one, and a child in a `none` community zero.
 */
export function needWeight(service: AllocationServiceInput): number {
	return service.gap_severity * service.children;
}

export function computeTargets(
	eligible: readonly AllocationServiceInput[],
	params: AllocationParameters,
	floorCents: number
): ServiceTarget[] {
	const remaining = params.budget_cents - floorCents * eligible.length;
	const formulaPot = remaining * params.formula_share;
	const needPot = remaining - formulaPot;

	const targets: ServiceTarget[] = eligible.map(() => ({ factor_cents: zeroWeights(), need_cents: 0, earned_cents: 0 }));
	for (const id of FACTOR_IDS) {
		const weight = params.weights[id];
		if (weight === 0) continue;
		const shares = sharesOf(factorValues(eligible, id));
		targets.forEach((target, index) => {
			target.factor_cents[id] = formulaPot * weight * (shares[index] ?? 0);
		});
	}
	const needShares = sharesOf(eligible.map(needWeight));
	targets.forEach((target, index) => {
		target.need_cents = needPot * (needShares[index] ?? 0);
		let earned = target.need_cents;
		for (const id of FACTOR_IDS) earned += target.factor_cents[id];
		target.earned_cents = earned;
	});
	return targets;
}
