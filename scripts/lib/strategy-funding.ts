/**
 * Illustrative split of the ICE Strategy's $5,000,000 a year among the services with an ICE unit
 * (municipal members and the five OPP regional teams). Ontario's real per-service split is not
 * public (domain primer §7); this one only has to be plausible and add up:
 *
 * - every recipient first gets a floor of 0.5 % of the pot (as the US ICAC formula guarantees each
 *   task force, 34 U.S.C. § 21116);
 * - the rest is shared by weight = (½ population share + ½ caseload share) × a noise factor
 *   (lognormal, sd 0.10, drawn per service and fiscal year). Population and caseload are those the
 *   unit serves: for an OPP regional team, all OPP units of its region;
 * - amounts are integer cents, made exact with largest-remainder rounding, so each fiscal year
 *   sums to exactly 500,000,000 cents.
 */
import { apportion } from './largest-remainder';
import { randomStream } from './prng';

export const STRATEGY_POT_CENTS = 500_000_000;
export const FLOOR_SHARE = 0.005;

export interface FundingRecipient {
	id: string;
	servedPopulation: number;
	/** Investigations opened in the area the unit serves, by fiscal year. */
	openedByFiscalYear: ReadonlyMap<number, number>;
}

export interface FundingAllocation {
	policeServiceId: string;
	fiscalYear: number;
	amountCents: number;
}

export function allocateFunding(
	recipients: readonly FundingRecipient[],
	fiscalYears: readonly number[],
	seed: string
): FundingAllocation[] {
	if (recipients.length === 0) return [];
	const floorCents = Math.floor(STRATEGY_POT_CENTS * FLOOR_SHARE);
	const formulaCents = STRATEGY_POT_CENTS - floorCents * recipients.length;
	if (formulaCents < 0) throw new Error(`too many recipients (${recipients.length}) for a ${FLOOR_SHARE * 100} % floor`);
	const totalPopulation = sum(recipients.map((recipient) => recipient.servedPopulation));

	const allocations: FundingAllocation[] = [];
	for (const fiscalYear of fiscalYears) {
		const totalOpened = sum(recipients.map((recipient) => recipient.openedByFiscalYear.get(fiscalYear) ?? 0));
		const weights = new Map<string, number>();
		for (const recipient of recipients) {
			const populationShare = totalPopulation > 0 ? recipient.servedPopulation / totalPopulation : 0;
			const caseloadShare = totalOpened > 0 ? (recipient.openedByFiscalYear.get(fiscalYear) ?? 0) / totalOpened : 0;
			const noise = randomStream(seed, recipient.id, 'funding', String(fiscalYear)).factor(0.1);
			weights.set(recipient.id, (0.5 * populationShare + 0.5 * caseloadShare) * noise);
		}
		const formula = apportion(formulaCents, weights);
		for (const recipient of [...recipients].sort((a, b) => a.id.localeCompare(b.id))) {
			allocations.push({
				policeServiceId: recipient.id,
				fiscalYear,
				amountCents: floorCents + (formula.get(recipient.id) ?? 0)
			});
		}
	}
	return allocations;
}

function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}
