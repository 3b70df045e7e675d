/**
 * Results that say "this cannot be done, and here is why": each names the constraint that broke, the services at the
 * heart of it, and what the planner can change, in English and in French.
 */
import { centsEn, centsFr, percentEn, percentFr } from './money-text';
import type { FieldError } from '../result';
import type { AllocationResult, DampingDirection } from './types';

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

/** "A damping of at least 12.5 % would work." or, when none would, which other constraint binds. */
function whatWorks(works: number | null): { en: string; fr: string } {
	if (works === null) {
		return {
			en: 'No damping would be enough: lower the floor, raise the cap, or change the budget.',
			fr: 'Aucun amortissement ne suffirait\u00a0: abaissez le plancher, relevez le plafond ou modifiez le budget.'
		};
	}
	return {
		en: `A damping of at least ${percentEn(works)} would work.`,
		fr: `Un amortissement d’au moins ${percentFr(works)} conviendrait.`
	};
}

export function dampingConflict(ids: string[], damping: number, works: number | null): AllocationResult {
	const fix = whatWorks(works);
	return result({
		code: 'damping_conflicts_with_floor_or_cap',
		message_en:
			`Keeping ${ids.join(', ')} within ${percentEn(damping)} of last year would break the floor or the cap. ` +
			`Loosen damping, or move the floor or the cap. ${fix.en}`,
		message_fr:
			`Garder ${ids.join(', ')} à ${percentFr(damping)} près de l’an dernier enfreindrait le plancher ou le plafond. ` +
			`Assouplissez l’amortissement, ou modifiez le plancher ou le plafond. ${fix.fr}`,
		police_service_ids: ids,
		feasible_damping: works
	});
}

export function dampingBudget(
	ids: string[],
	damping: number,
	direction: DampingDirection,
	boundCents: number,
	budgetCents: number,
	works: number | null,
	budgetWorks?: number | null
): AllocationResult {
	const tooMuch = direction === 'minimums_exceed_total';
	const fix = whatWorks(works);
	const budgetFix =
		budgetWorks === undefined
			? { en: '', fr: '' }
			: budgetWorks === null
				? { en: 'No budget was found that would work with this damping.', fr: 'Aucun budget convenant avec cet amortissement n’a été trouvé.' }
				: { en: `A budget of ${centsEn(budgetWorks)} would work.`, fr: `Un budget de ${centsFr(budgetWorks)} conviendrait.` };
	return result({
		code: 'damping_cannot_meet_budget',
		message_en: tooMuch
			? `Keeping every recipient within ${percentEn(damping)} of last year needs at least ${centsEn(boundCents)}, more than the budget of ${centsEn(budgetCents)}. Loosen damping or raise the budget. ${fix.en}${budgetFix.en ? ` ${budgetFix.en}` : ''}`
			: `Keeping every recipient within ${percentEn(damping)} of last year (and new recipients within their phase-in) allows at most ${centsEn(boundCents)}, less than the budget of ${centsEn(budgetCents)}. Loosen damping or lower the budget. ${fix.en}${budgetFix.en ? ` ${budgetFix.en}` : ''}`,
		message_fr: tooMuch
			? `Garder chaque bénéficiaire à ${percentFr(damping)} près de l’an dernier exige au moins ${centsFr(boundCents)}, plus que le budget de ${centsFr(budgetCents)}. Assouplissez l’amortissement ou augmentez le budget. ${fix.fr}${budgetFix.fr ? ` ${budgetFix.fr}` : ''}`
			: `Garder chaque bénéficiaire à ${percentFr(damping)} près de l’an dernier (et les nouveaux dans leur entrée progressive) permet au plus ${centsFr(boundCents)}, moins que le budget de ${centsFr(budgetCents)}. Assouplissez l’amortissement ou réduisez le budget. ${fix.fr}${budgetFix.fr ? ` ${budgetFix.fr}` : ''}`,
		police_service_ids: ids,
		feasible_damping: works,
		budget_bound: { direction, bound_cents: boundCents },
		...(budgetWorks === undefined ? {} : { feasible_budget_cents: budgetWorks, budget_message: budgetFix })
	});
}

export function roundingTooCoarse(unitCents: number): AllocationResult {
	return result({
		code: 'rounding_unit_too_coarse',
		message_en: `Rounding to ${centsEn(unitCents)} cannot respect every floor, cap and damping bound with this budget. Choose a finer rounding unit.`,
		message_fr: `L’arrondi à ${centsFr(unitCents)} ne peut respecter chaque plancher, plafond et limite d’amortissement avec ce budget. Choisissez une unité d’arrondi plus fine.`
	});
}
