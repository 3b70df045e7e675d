/** A scenario's name: what planners call it in lists, comparisons, exports and the audit log. */
import { fail, ok, type Validation } from '../result';

/** Long enough for "FY2026-27 draft 3: gap-first weights, 10 % damping", short enough for a table cell. */
export const MAX_SCENARIO_NAME_LENGTH = 120;

/** Trims the name and checks it is present and not too long; `field` is how the caller names the input. */
export function checkScenarioName(input: unknown, field = 'name'): Validation<string> {
	if (typeof input !== 'string') {
		return fail([{ field, message: 'Enter a name for the scenario.', message_fr: 'Entrez un nom pour le scénario.' }]);
	}
	const name = input.trim().replace(/\s+/g, ' ');
	if (name === '') {
		return fail([{ field, message: 'Enter a name for the scenario.', message_fr: 'Entrez un nom pour le scénario.' }]);
	}
	if (name.length > MAX_SCENARIO_NAME_LENGTH) {
		return fail([
			{
				field,
				message: `The name must be at most ${MAX_SCENARIO_NAME_LENGTH} characters.`,
				message_fr: `Le nom doit compter au plus ${MAX_SCENARIO_NAME_LENGTH} caractères.`
			}
		]);
	}
	return ok(name);
}
