/**
 * An infeasible split, said as field errors, so the form and the API point at what to change: damping conflicts at
 * `damping`, a rounding unit too coarse at `rounding_cents`, invalid input at its own fields. Field names are the
 * engine's (AllocationParameters); the form and the API rename them to their own.
 */
import type { FieldError } from '../result';
import type { AllocationInfeasibility } from './types';

export function infeasibilityErrors(infeasible: AllocationInfeasibility): FieldError[] {
	switch (infeasible.code) {
		case 'invalid_input':
			return infeasible.errors;
		case 'damping_conflicts_with_floor_or_cap':
			return [{ field: 'damping', message: infeasible.message_en, message_fr: infeasible.message_fr }];
		case 'damping_cannot_meet_budget': {
			// Two ways out, each at its own field: the damping that would work, and the budget that would.
			const errors: FieldError[] = [{ field: 'damping', message: infeasible.message_en, message_fr: infeasible.message_fr }];
			const budget = infeasible.budget_message;
			if (budget) errors.push({ field: 'budget_cents', message: budget.en, message_fr: budget.fr });
			return errors;
		}
		case 'rounding_unit_too_coarse':
			return [{ field: 'rounding_cents', message: infeasible.message_en, message_fr: infeasible.message_fr }];
	}
}
