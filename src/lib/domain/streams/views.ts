/**
 * View models of the three streams for pages, the API and CSV exports alike (so no path shows more
 * than another): metrics computed, stream rules applied, counts under disclosure control.
 */
import { discloseCount, discloseRate } from './disclosure';
import { studentReachShare, sumPrevention, teachersPerThousandStudents } from './prevention';
import { verificationRate } from './registry';
import { preventionFlags, trainingFlags } from './rules';
import { currentTrainingShare, staffWithoutCurrentTraining } from './training';
import type { PreventionRecord, RegistryQuarter, TrainingRecord } from './types';
import type { Clearance, DisclosedNumber } from '../coverage/disclosure';
import type { Level } from '../vocabulary';

export interface PreventionInput extends PreventionRecord {
	name: string;
	name_fr: string;
	police_service_id: string | null;
}

export interface PreventionViewRow extends PreventionInput {
	reach_share: number | null;
	teachers_per_1k_students: number | null;
	/** The community's coverage gap level in the latest quarter (domain/coverage). */
	level: Level | null;
	/** Rule `no_prevention_reach` (rules.ts). */
	no_prevention_reach: boolean;
}

export interface PreventionView {
	rows: PreventionViewRow[];
	totals: ReturnType<typeof sumPrevention> & { reach_share: number | null; teachers_per_1k_students: number | null };
	flagged: number;
	illustrative: boolean;
}

export function preventionView(records: readonly PreventionInput[], levels: ReadonlyMap<string, Level>): PreventionView {
	const communities = records.map((record) => ({ csduid: record.csduid, level: levels.get(record.csduid) ?? 'none' }));
	const flagged = new Set(preventionFlags(communities, records).map((flag) => flag.subject_id));
	const rows = records.map((record) => ({
		...record,
		reach_share: studentReachShare(record),
		teachers_per_1k_students: teachersPerThousandStudents(record),
		level: levels.get(record.csduid) ?? null,
		no_prevention_reach: flagged.has(record.csduid)
	}));
	const total = sumPrevention(records);
	return {
		rows,
		totals: { ...total, reach_share: studentReachShare(total), teachers_per_1k_students: teachersPerThousandStudents(total) },
		flagged: flagged.size,
		illustrative: records.some((record) => record.illustrative)
	};
}

export interface TrainingViewRow extends TrainingRecord {
	current_training_share: number | null;
	without_current_training: number;
	/** Rule `untrained_ice_investigators` (rules.ts); never set for a Crown office. */
	untrained_ice_investigators: boolean;
}

export interface TrainingView {
	rows: TrainingViewRow[];
	flagged: number;
	illustrative: boolean;
}

export function trainingView(records: readonly TrainingRecord[]): TrainingView {
	const flagged = new Set(trainingFlags(records).map((flag) => flag.subject_id));
	const rows = records.map((record) => ({
		...record,
		current_training_share: currentTrainingShare(record),
		without_current_training: staffWithoutCurrentTraining(record),
		untrained_ice_investigators: record.office_kind === 'police_service' && flagged.has(record.office_id)
	}));
	return { rows, flagged: flagged.size, illustrative: records.some((record) => record.illustrative) };
}

export interface RegistryInput extends RegistryQuarter {
	service_name: string;
	service_name_fr: string;
}

export interface RegistryViewRow extends Omit<RegistryInput, 'registrants' | 'verifications_done' | 'non_compliant_located'> {
	registrants: DisclosedNumber;
	verifications_done: DisclosedNumber;
	non_compliant_located: DisclosedNumber;
	verification_rate: DisclosedNumber;
}

/** Registry aggregates as the viewer may see them: counts of 1–4 suppressed unless cleared for the service. */
export function registryView(quarters: readonly RegistryInput[], cleared: Clearance): RegistryViewRow[] {
	return quarters.map((quarter) => {
		const ok = cleared(quarter.police_service_id);
		return {
			...quarter,
			registrants: discloseCount(quarter.registrants, ok),
			verifications_done: discloseCount(quarter.verifications_done, ok),
			non_compliant_located: discloseCount(quarter.non_compliant_located, ok),
			verification_rate: discloseRate(verificationRate(quarter), [quarter.registrants, quarter.verifications_done], ok)
		};
	});
}

/** The `limit` flagged communities with the most Grade 7–8 students (ties by CSDUID), for summaries. */
export function largestFlagged(view: PreventionView, limit: number): PreventionViewRow[] {
	return view.rows
		.filter((row) => row.no_prevention_reach)
		.sort((a, b) => b.grade_7_8_students - a.grade_7_8_students || a.csduid.localeCompare(b.csduid))
		.slice(0, limit);
}
