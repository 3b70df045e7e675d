/**
 * The explanation read aloud, in English and in French (French Language Services Act: same content, same time).
 * Only the lines that moved money are spoken; factors are listed in registry order.
 */
import { FACTOR_IDS, FACTORS } from './factors';
import { NEW_RECIPIENT_PHASE_IN } from './limits';
import { centsEn, centsFr, percentEn, percentFr } from './money-text';
import type { AllocationExplanation, AllocationParameters, EligibilityRule, RoundingUnitCents } from './types';

type Lines = Omit<AllocationExplanation, 'sentence_en' | 'sentence_fr'>;
type Sentences = { en: string; fr: string };

const ROUNDING_WORDS: Record<RoundingUnitCents, Sentences> = {
	1: { en: 'the cent', fr: 'au cent' },
	100: { en: 'the dollar', fr: 'au dollar' },
	100_000: { en: '$1,000', fr: 'à 1\u00a0000\u00a0$' }
};

const RULE_WORDS: Record<EligibilityRule, Sentences> = {
	ice_strategy_members: { en: 'ICE Strategy members only', fr: 'membres de la Stratégie EEI seulement' },
	all_services: { en: 'all services', fr: 'tous les services' }
};

/** The line's name, as the ministry would print it (en/fr). */
export const ASSISTED_LINE_NAME: Sentences = {
	en: 'OPP Child Sexual Exploitation Unit / Project P — assisted communities',
	fr: 'Unité de lutte contre l’exploitation sexuelle des enfants de la PPO / Projet P — collectivités aidées'
};

export function ineligibleSentences(rule: EligibilityRule, fundedByLine = false): Sentences {
	const words = RULE_WORDS[rule];
	const line = fundedByLine
		? {
				en: ` Its communities’ need is funded on the line “${ASSISTED_LINE_NAME.en}”.`,
				fr: ` Les besoins de ses collectivités sont financés par la ligne « ${ASSISTED_LINE_NAME.fr} ».`
			}
		: { en: '', fr: '' };
	return {
		en: `Not eligible under the rule “${words.en}”: receives ${centsEn(0)}.${line.en}`,
		fr: `Non admissible selon la règle « ${words.fr} »\u00a0: reçoit ${centsFr(0)}.${line.fr}`
	};
}

function formulaClauses(lines: Lines): Sentences | null {
	let total = 0;
	const en: string[] = [];
	const fr: string[] = [];
	for (const id of FACTOR_IDS) {
		const cents = lines.factor_cents[id];
		if (cents === 0) continue;
		total += cents;
		en.push(`${FACTORS[id].label_en} ${centsEn(cents)}`);
		fr.push(`${FACTORS[id].label_fr} ${centsFr(cents)}`);
	}
	if (en.length === 0) return null;
	return {
		en: `${centsEn(total)} by formula (${en.join(', ')})`,
		fr: `${centsFr(total)} selon la formule (${fr.join(', ')})`
	};
}

function adjustmentClauses(lines: Lines, lastYear: number | null, params: AllocationParameters, phasedIn: boolean): Sentences[] {
	const clauses: Sentences[] = [];
	const cap = lines.cap_adjustment_cents;
	if (cap < 0) {
		clauses.push({
			en: `${centsEn(-cap)} less to stay within the cap`,
			fr: `${centsFr(-cap)} de moins pour respecter le plafond`
		});
	} else if (cap > 0) {
		clauses.push({
			en: `${centsEn(cap)} more from other services’ excess over the cap`,
			fr: `${centsFr(cap)} de plus venant de l’excédent d’autres services sur le plafond`
		});
	}
	const damping = lines.damping_adjustment_cents;
	if (damping !== 0 && phasedIn) {
		const share = percentEn(NEW_RECIPIENT_PHASE_IN);
		clauses.push({
			en: `${centsEn(Math.abs(damping))} ${damping < 0 ? 'less' : 'more'}: new to the strategy, it phases in at ${share} of its formula amount in its first year`,
			fr: `${centsFr(Math.abs(damping))} de ${damping < 0 ? 'moins' : 'plus'}\u00a0: nouveau dans la stratégie, il reçoit ${percentFr(NEW_RECIPIENT_PHASE_IN)} de son montant selon la formule la première année`
		});
	} else if (damping !== 0 && lastYear !== null && params.damping !== null) {
		const within = {
			en: `to stay within ${percentEn(params.damping)} of last year’s ${centsEn(lastYear)}`,
			fr: `pour rester à ${percentFr(params.damping)} près des ${centsFr(lastYear)} de l’an dernier`
		};
		clauses.push(
			damping < 0
				? { en: `${centsEn(-damping)} less ${within.en}`, fr: `${centsFr(-damping)} de moins ${within.fr}` }
				: { en: `${centsEn(damping)} more ${within.en}`, fr: `${centsFr(damping)} de plus ${within.fr}` }
		);
	} else if (damping !== 0) {
		// Damping moved a service it does not bind: money shifted to or from damped services.
		clauses.push({
			en: `${centsEn(Math.abs(damping))} ${damping < 0 ? 'less' : 'more'} as damping moved money between services`,
			fr: `${centsFr(Math.abs(damping))} de ${damping < 0 ? 'moins' : 'plus'} du fait de l’amortissement d’autres services`
		});
	}
	const rounding = lines.rounding_adjustment_cents;
	if (rounding !== 0) {
		const unit = ROUNDING_WORDS[params.rounding_cents];
		clauses.push({
			en: `${centsEn(Math.abs(rounding))} ${rounding < 0 ? 'less' : 'more'} from rounding to ${unit.en}`,
			fr: `${centsFr(Math.abs(rounding))} de ${rounding < 0 ? 'moins' : 'plus'} à l’arrondi ${unit.fr}`
		});
	}
	return clauses;
}

function clausesOf(lines: Lines, lastYear: number | null, params: AllocationParameters, phasedIn: boolean): Sentences {
	const clauses: Sentences[] = [];
	if (lines.floor_cents !== 0) {
		clauses.push({ en: `a floor of ${centsEn(lines.floor_cents)}`, fr: `un plancher de ${centsFr(lines.floor_cents)}` });
	}
	const formula = formulaClauses(lines);
	if (formula !== null) clauses.push(formula);
	if (lines.need_cents !== 0) {
		clauses.push({
			en: `${centsEn(lines.need_cents)} by need (children × remoteness of their community)`,
			fr: `${centsFr(lines.need_cents)} selon les besoins (enfants × éloignement de leur collectivité)`
		});
	}
	clauses.push(...adjustmentClauses(lines, lastYear, params, phasedIn));
	return { en: clauses.map((clause) => clause.en).join('; '), fr: clauses.map((clause) => clause.fr).join('; ') };
}

export function sentences(
	lines: Lines,
	amount: number,
	lastYear: number | null,
	params: AllocationParameters,
	phasedIn = false
): Sentences {
	const { en, fr } = clausesOf(lines, lastYear, params, phasedIn);
	return {
		en: `Receives ${centsEn(amount)}${en === '' ? '' : `: ${en}`}.`,
		fr: `Reçoit ${centsFr(amount)}${fr === '' ? '' : `\u00a0: ${fr}`}.`
	};
}

/**
 * The OPP's row with the assisted-communities line: what it receives as a member, then the line, each with its own
 * clauses (the line's were built by `sentences` for its own ledger).
 */
export function assistedLineSentences(
	member: AllocationExplanation,
	memberCents: number,
	line: { amount_cents: number; sentence_en: string; sentence_fr: string; police_service_ids: readonly string[] },
	total: number
): Sentences {
	// The member's and the line's sentences read "Receives $X: …." — keep the clauses after the colon.
	const after = (sentence: string) => sentence.replace(/^[^:]*:\s*/, '').replace(/\.$/, '');
	const count = line.police_service_ids.length;
	return {
		en:
			`Receives ${centsEn(total)}: ${centsEn(memberCents)} as an ICE Strategy member (${after(member.sentence_en)}); ` +
			`${centsEn(line.amount_cents)} on the line “${ASSISTED_LINE_NAME.en}” for the communities of ${count} services it assists (${after(line.sentence_en)}).`,
		fr:
			`Reçoit ${centsFr(total)}\u00a0: ${centsFr(memberCents)} comme membre de la Stratégie EEI (${after(member.sentence_fr)}); ` +
			`${centsFr(line.amount_cents)} par la ligne « ${ASSISTED_LINE_NAME.fr} » pour les collectivités de ${count} services qu’elle aide (${after(line.sentence_fr)}).`
	};
}
