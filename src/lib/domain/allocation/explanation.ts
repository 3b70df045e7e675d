/**
 * A service's explanation: integer cents due to the floor, to each factor, to need, to the cap, to damping and to
 * rounding, which add up EXACTLY to its amount. Each stage is rounded to the cent on its own and the rounding line
 * absorbs the leftover, so the ledger balances while every other line stays within half a cent of its real value.
 */
import { FACTOR_IDS, zeroWeights, type FactorId } from './factors';
import { assistedLineSentences, ineligibleSentences, sentences } from './sentences';
import type { AllocationExplanation, AllocationParameters, AssistedLineExplanation } from './types';

/** The real-valued amount after each stage of the method, for one eligible service. */
export type StageAmounts = {
	floor_cents: number;
	factor_cents: Record<FactorId, number>;
	need_cents: number;
	/** After floors, formula and need. */
	target_cents: number;
	/** After the cap (and the redistribution of others' excess). */
	capped_cents: number;
	/** After damping against last year. */
	damped_cents: number;
	/** Final, rounded. */
	amount_cents: number;
	/** Last year's amount when a damping bound holds this service's amount, else null. */
	damped_against_cents: number | null;
	/** A recipient new to the strategy whose phase-in bound holds its amount. */
	phased_in: boolean;
};

/** Math.round, with -0 turned into 0 so equal results compare and serialise identically. */
function wholeCents(value: number): number {
	return Math.round(value) + 0;
}

export function explain(stages: StageAmounts, params: AllocationParameters): AllocationExplanation {
	const factorCents = zeroWeights();
	let ledger = stages.floor_cents;
	for (const id of FACTOR_IDS) {
		factorCents[id] = wholeCents(stages.factor_cents[id]);
		ledger += factorCents[id];
	}
	const needCents = wholeCents(stages.need_cents);
	const capAdjustment = wholeCents(stages.capped_cents - stages.target_cents);
	const dampingAdjustment = wholeCents(stages.damped_cents - stages.capped_cents);
	ledger += needCents + capAdjustment + dampingAdjustment;

	const lines = {
		eligible: true,
		floor_cents: stages.floor_cents,
		factor_cents: factorCents,
		need_cents: needCents,
		cap_adjustment_cents: capAdjustment,
		damping_adjustment_cents: dampingAdjustment,
		rounding_adjustment_cents: stages.amount_cents - ledger
	};
	const words = sentences(lines, stages.amount_cents, stages.damped_against_cents, params, stages.phased_in);
	return { ...lines, sentence_en: words.en, sentence_fr: words.fr };
}

/**
 * The OPP's row: its own ledger as a member, plus the assisted-communities line as one more item (explained to the
 * cent on its own), so the items still add up exactly to the row's amount.
 */
export function withAssistedLine(
	member: AllocationExplanation,
	memberCents: number,
	line: AllocationExplanation,
	lineCents: number,
	policeServiceIds: readonly string[]
): AllocationExplanation {
	const { eligible: _eligible, sentence_en, sentence_fr, ...ledger } = line;
	const assisted: AssistedLineExplanation = {
		...ledger,
		sentence_en,
		sentence_fr,
		amount_cents: lineCents,
		police_service_ids: [...policeServiceIds]
	};
	const words = assistedLineSentences(member, memberCents, assisted, memberCents + lineCents);
	return { ...member, assisted_line_cents: lineCents, assisted_line: assisted, sentence_en: words.en, sentence_fr: words.fr };
}

/** `fundedByLine`: its communities are funded on the OPP's assisted-communities line instead. */
export function explainIneligible(params: AllocationParameters, fundedByLine = false): AllocationExplanation {
	const words = ineligibleSentences(params.eligibility, fundedByLine);
	return {
		eligible: false,
		floor_cents: 0,
		factor_cents: zeroWeights(),
		need_cents: 0,
		cap_adjustment_cents: 0,
		damping_adjustment_cents: 0,
		rounding_adjustment_cents: 0,
		sentence_en: words.en,
		sentence_fr: words.fr
	};
}
