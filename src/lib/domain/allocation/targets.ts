/**
 * The unconstrained split: what each recipient earns from each factor and from need, in real-valued cents, before
 * caps, damping and rounding. The floors come first; `formula_share` of what remains is the formula pot and the rest is
 * the need pot (34 U.S.C. § 21116: at least 75 % by formula, the rest by need).
 */
import { FACTOR_IDS, zeroWeights, type FactorId } from './factors';
import type { AllocationParameters } from './types';

/** What the formula reads of a recipient: sums over the communities (or services) it answers for. */
export type RecipientValues = Record<FactorId, number> & { remote_children: number };

export type ServiceTarget = {
	factor_cents: Record<FactorId, number>;
	need_cents: number;
	/** Everything above the floor: the sum of the factor parts and the need part. */
	earned_cents: number;
};

/** Each value's share of the total; with a zero total the factor carries no information, so it is split equally. */
export function sharesOf(values: readonly number[]): number[] {
	let total = 0;
	for (const value of values) total += value;
	if (total <= 0) return values.map(() => 1 / values.length);
	return values.map((value) => value / total);
}

/**
 * Need weight = Σ over the recipient's communities of children × the community's remoteness (community-summary.ts):
 * children far from any OPP regional headquarters, or reachable only by air. Staffing plays no part (the gap severity
 * used before did, and paid a recipient for having fewer staff).
 */
export function needWeight(values: RecipientValues): number {
	return values.remote_children;
}

/** `floorsCents`: the sum of the recipients' floors (the assisted-communities line has none). */
export function computeTargets(
	recipients: readonly RecipientValues[],
	params: AllocationParameters,
	floorsCents: number
): ServiceTarget[] {
	const remaining = params.budget_cents - floorsCents;
	const formulaPot = remaining * params.formula_share;
	const needPot = remaining - formulaPot;

	const targets: ServiceTarget[] = recipients.map(() => ({ factor_cents: zeroWeights(), need_cents: 0, earned_cents: 0 }));
	for (const id of FACTOR_IDS) {
		const weight = params.weights[id];
		if (weight === 0) continue;
		const shares = sharesOf(recipients.map((recipient) => recipient[id]));
		targets.forEach((target, index) => {
			target.factor_cents[id] = formulaPot * weight * (shares[index] ?? 0);
		});
	}
	const needShares = sharesOf(recipients.map(needWeight));
	targets.forEach((target, index) => {
		target.need_cents = needPot * (needShares[index] ?? 0);
		let earned = target.need_cents;
		for (const id of FACTOR_IDS) earned += target.factor_cents[id];
		target.earned_cents = earned;
	});
	return targets;
}
