/**
 * A saved allocation scenario as pages, the API and exports see it. Timestamps are ISO 8601 strings (UTC), so the
 * whole object crosses from a load function to the page unchanged.
 */
import type { PeriodKey } from '../period';
import type { ScenarioSettings, ScenarioStatus } from './scenario-settings';
import type { AllocationExplanation, AllocationServiceInput } from './types';

export type { ScenarioStatus } from './scenario-settings';

export type ScenarioSummary = {
	id: number;
	name: string;
	status: ScenarioStatus;
	period: PeriodKey;
	total_cents: number;
	/** Some input behind the amounts is illustrative (domain.md §11). */
	illustrative: boolean;
	created_by: string;
	created_at: string;
	updated_at: string;
	approved_by: string | null;
	approved_at: string | null;
	/** The scenario this one was copied from (a duplicate, or a new version of an approved one). */
	copied_from: number | null;
};

/** One service's amount as computed when the scenario was last saved, with its explanation. */
export type ScenarioLine = {
	police_service_id: string;
	amount_cents: number;
	explanation: AllocationExplanation;
};

export type ScenarioDetail = ScenarioSummary & {
	settings: ScenarioSettings;
	/** Every service, eligible or not, in police_service_id order. */
	lines: ScenarioLine[];
	/** The formula's inputs as they were when the amounts were computed (so an approved split can be re-derived). */
	inputs: AllocationServiceInput[];
};
