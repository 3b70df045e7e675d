/** Which services take part in a split, under the planner's eligibility rule. */
import type { AllocationServiceInput, EligibilityRule } from './types';

export function isEligible(service: AllocationServiceInput, rule: EligibilityRule): boolean {
	switch (rule) {
		case 'ice_strategy_members':
			return service.ice_strategy_member;
		case 'all_services':
			return true;
		case 'services_with_gap':
			return service.has_gap;
	}
}

export function countEligible(services: readonly AllocationServiceInput[], rule: EligibilityRule): number {
	let count = 0;
	for (const service of services) if (isEligible(service, rule)) count += 1;
	return count;
}

/** Code-point order, not localeCompare: the order (and so every tie-break) must not depend on the runtime's locale. */
export function byServiceId<T extends { police_service_id: string }>(a: T, b: T): number {
	if (a.police_service_id === b.police_service_id) return 0;
	return a.police_service_id < b.police_service_id ? -1 : 1;
}
