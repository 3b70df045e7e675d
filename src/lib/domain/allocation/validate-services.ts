/**
 * Checking the per-service inputs: numbers that are finite and not negative, ids that are unique and, when the caller
 * knows the registry of police services, known. Fields are reported as `services[i].field`.
 */
import * as v from 'valibot';
import { SERVICE_KINDS } from '../vocabulary';
import type { FieldError, Validation } from '../result';
import type { AllocationServiceInput } from './types';
import { issuesToErrors } from './validate';
import { MESSAGES } from './validation-messages';

const count = () =>
	v.pipe(v.number(MESSAGES.number.en), v.finite(MESSAGES.number.en), v.minValue(0, MESSAGES.negative.en));
const flag = () => v.boolean(MESSAGES.flag.en);

export const allocationServiceInputSchema = v.object(
	{
		police_service_id: v.pipe(v.string(MESSAGES.text.en), v.nonEmpty(MESSAGES.required.en)),
		// Inputs saved before these fields existed read as a municipal service with no charges, remote children or
		// OPP assistance on record, so an old approved scenario still opens (its amounts are the stored ones).
		kind: v.optional(v.picklist(SERVICE_KINDS, MESSAGES.serviceKind.en), 'municipal'),
		population: count(),
		children: count(),
		referrals: count(),
		charges: v.optional(count(), 0),
		investigations: count(),
		investigator_fte: count(),
		referrals_per_investigator: v.nullable(count()),
		children_in_gap: count(),
		remoteness: count(),
		remote_children: v.optional(count(), 0),
		last_year_cents: v.nullable(v.pipe(count(), v.integer(MESSAGES.wholeCents.en))),
		ice_strategy_member: flag(),
		assisted_by_opp: v.optional(flag(), false),
		has_gap: flag()
	},
	MESSAGES.notAnObject.en
);

const servicesSchema = v.array(allocationServiceInputSchema, MESSAGES.list.en);

export function validateServices(
	input: unknown,
	knownServiceIds?: ReadonlySet<string>
): Validation<AllocationServiceInput[]> {
	const parsed = v.safeParse(servicesSchema, input);
	if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.issues, 'services') };
	const errors: FieldError[] = [];
	const seen = new Set<string>();
	parsed.output.forEach((service, index) => {
		const id = service.police_service_id;
		const field = `services[${index}].police_service_id`;
		if (seen.has(id)) {
			errors.push({
				field,
				message: `Service "${id}" appears more than once.`,
				message_fr: `Le service « ${id} » figure plus d’une fois.`
			});
		}
		seen.add(id);
		if (knownServiceIds !== undefined && !knownServiceIds.has(id)) {
			errors.push({
				field,
				message: `Unknown police service "${id}".`,
				message_fr: `Service de police inconnu « ${id} ».`
			});
		}
	});
	return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.output };
}
