/**
 * Results that say "this cannot be done, and here is why": each names the constraint that broke, the services at the
 * heart of it, and what the planner can change, in English and in French.
 */
import { centsEn, centsFr, percentEn, percentFr } from './money-text';
import type { AllocationResult, FieldError } from './types';

function result(infeasible: Omit<NonNullable<AllocationResult['infeasible']>, 'police_service_ids' | 'errors'> & {
	police_service_ids?: string[];
	errors?: FieldError[];
}): AllocationResult {
	return {
		total_cents: 0,
		allocations: [],
		infeasible: { police_service_ids: [], errors: [], ...infeasible }
	};
}

export function invalidInput(errors: FieldError[]): AllocationResult {
	return result({
		code: 'invalid_input',
		message_en: 'Some inputs are not valid; see the errors by field.',
		message_fr: 'Certaines données ne sont pas valides; voyez les erreurs par champ.',
		errors
	});
}

export function dampingConflict(ids: string[], damping: number): AllocationResult {
	return result({
		code: 'damping_conflicts_with_floor_or_cap',
		message_en:
			`Keeping ${ids.join(', ')} within ${percentEn(damping)} of last year would break the floor or the cap. ` +
			'Loosen damping, or move the floor or the cap.',
		message_fr:
			`Garder ${ids.join(', ')} à ${percentFr(damping)} près de l’an dernier enfreindrait le plancher ou le plafond. ` +
			'Assouplissez l’amortissement, ou modifiez le plancher ou le plafond.',
		police_service_ids: ids
	});
}

export function dampingBudget(
	ids: string[],
	damping: number,
	direction: 'minimums_exceed_total' | 'maximums_below_total',
	boundCents: number,
	budgetCents: number
): AllocationResult {
	const tooMuch = direction === 'minimums_exceed_total';
	return result({
		code: 'damping_cannot_meet_budget',
		message_en: tooMuch
			? `Keeping every service within ${percentEn(damping)} of last year needs at least ${centsEn(boundCents)}, more than the budget of ${centsEn(budgetCents)}. Loosen damping or raise the budget.`
			: `Keeping every service within ${percentEn(damping)} of last year allows at most ${centsEn(boundCents)}, less than the budget of ${centsEn(budgetCents)}. Loosen damping or lower the budget.`,
		message_fr: tooMuch
			? `Garder chaque service à ${percentFr(damping)} près de l’an dernier exige au moins ${centsFr(boundCents)}, plus que le budget de ${centsFr(budgetCents)}. Assouplissez l’amortissement ou augmentez le budget.`
			: `Garder chaque service à ${percentFr(damping)} près de l’an dernier permet au plus ${centsFr(boundCents)}, moins que le budget de ${centsFr(budgetCents)}. Assouplissez l’amortissement ou réduisez le budget.`,
		police_service_ids: ids
	});
}

export function roundingTooCoarse(unitCents: number): AllocationResult {
	return result({
		code: 'rounding_unit_too_coarse',
		message_en: `Rounding to ${centsEn(unitCents)} cannot respect every floor, cap and damping bound with this budget. Choose a finer rounding unit.`,
		message_fr: `L’arrondi à ${centsFr(unitCents)} ne peut respecter chaque plancher, plafond et limite d’amortissement avec ce budget. Choisissez une unité d’arrondi plus fine.`
	});
}
