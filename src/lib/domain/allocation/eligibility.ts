/**
 * Which services take part in a split, under the planner's eligibility rule, and which are funded through the OPP's
 * assisted-communities line instead.
 */
import type { AllocationServiceInput, EligibilityRule } from './types';

export function isEligible(service: AllocationServiceInput, rule: EligibilityRule): boolean {
	switch (rule) {
		case 'ice_strategy_members':
			return service.ice_strategy_member;
		case 'all_services':
			return true;
	}
}

/**
 * Eligibility rules offered before and withdrawn. "Services with a gap" made a service that hired enough to close its
 * gap lose its funding: a service's own unit is the responder of its communities, so its gap reads its own staffing,
 * and the rule paid for having fewer staff (domain primer § 7). A request that still names it is refused with this
 * reason rather than silently given another rule.
 */
export const REMOVED_ELIGIBILITY_RULES: Readonly<Record<string, { en: string; fr: string }>> = {
	services_with_gap: {
		en: 'The eligibility rule "services_with_gap" was removed: a service that hired enough to close its gap lost its funding, so it paid for having fewer staff. Use "ice_strategy_members" or "all_services"; the factors "remoteness" and "children" weigh need that does not depend on staffing.',
		fr: 'La règle d’admissibilité « services_with_gap » a été retirée : un service qui embauchait assez pour combler sa lacune perdait son financement, ce qui payait le manque de personnel. Utilisez « ice_strategy_members » ou « all_services »; les facteurs « remoteness » et « children » pondèrent un besoin indépendant du personnel.'
	}
};

export function countEligible(services: readonly AllocationServiceInput[], rule: EligibilityRule): number {
	let count = 0;
	for (const service of services) if (isEligible(service, rule)) count += 1;
	return count;
}

/**
 * The services whose communities the OPP CSEU/Project P answers for and that are not eligible themselves: their need
 * is funded on the OPP's line "assisted communities" (domain primer § 7), so long as the OPP is eligible to receive it.
 * Under "all services" every service is eligible and the list is empty: nothing is counted twice.
 */
export function assistedPool(services: readonly AllocationServiceInput[], rule: EligibilityRule): AllocationServiceInput[] {
	const oppEligible = services.some((service) => service.kind === 'opp' && isEligible(service, rule));
	if (!oppEligible) return [];
	return services.filter((service) => service.assisted_by_opp && service.kind !== 'opp' && !isEligible(service, rule));
}

/** Recipients that share the budget: the eligible services, plus the assisted-communities line when it is used. */
export function countRecipients(services: readonly AllocationServiceInput[], rule: EligibilityRule): number {
	return countEligible(services, rule) + (assistedPool(services, rule).length > 0 ? 1 : 0);
}

/** Code-point order, not localeCompare: the order (and so every tie-break) must not depend on the runtime's locale. */
export function byServiceId<T extends { police_service_id: string }>(a: T, b: T): number {
	if (a.police_service_id === b.police_service_id) return 0;
	return a.police_service_id < b.police_service_id ? -1 : 1;
}
