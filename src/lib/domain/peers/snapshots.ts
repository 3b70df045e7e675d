/**
 * One quarter's services as the comparison reads them: each service's values as the viewer may see
 * them (the disclosed view) beside the weights its averages need (from the raw coverage and the
 * quarter's staffing rows). Weights never leave the server; averages.ts uses them only for members
 * whose value is visible.
 */
import type { CoverageView } from '../coverage';
import type { Coverage, ServiceQuarter } from '../coverage/types';
import type { ServiceSnapshot } from './types';

export function buildSnapshots(raw: Coverage, view: CoverageView, quarters: readonly ServiceQuarter[]): ServiceSnapshot[] {
	const staffing = new Map(
		quarters.filter((row) => row.period === raw.period).map((row) => [row.police_service_id, row] as const)
	);
	const visible = new Map(view.services.map((service) => [service.police_service_id, service.metrics]));
	return raw.services.map((service) => {
		const values = visible.get(service.police_service_id);
		if (!values) throw new Error(`The view has no service ${service.police_service_id}`);
		const row = staffing.get(service.police_service_id);
		const { referrals_trailing, opened_trailing } = service.counts;
		return {
			police_service_id: service.police_service_id,
			values,
			weights: {
				population: service.population,
				children: service.children,
				investigators_fte: row?.investigators_fte ?? null,
				forensic_examiners_fte: row?.forensic_examiners_fte ?? null,
				referrals_annualised:
					referrals_trailing !== null && service.trailing_quarters > 0 ? (referrals_trailing * 4) / service.trailing_quarters : null,
				referrals_trailing,
				opened_trailing
			}
		};
	});
}
