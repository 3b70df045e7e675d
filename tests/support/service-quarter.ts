/**
 * A reporting unit's quarter for coverage fixtures: two investigators, one examiner with no device
 * waiting, ten referrals, five files opened and five concluded, one charge, a backlog of ten. A test
 * states the figures its expectations rest on, even where they equal these, so a reader sees them.
 */
import type { ServiceQuarter } from '../../src/lib/domain/coverage/types';

export function serviceQuarter(figures: Pick<ServiceQuarter, 'police_service_id' | 'period'> & Partial<ServiceQuarter>): ServiceQuarter {
	return {
		investigators_fte: 2,
		forensic_examiners_fte: 1,
		forensic_backlog_devices: 0,
		referrals_received: 10,
		investigations_opened: 5,
		investigations_concluded: 5,
		charges_laid: 1,
		victims_identified: 0,
		open_backlog: 10,
		files_referred_project_p: 0,
		illustrative: true,
		...figures
	};
}
