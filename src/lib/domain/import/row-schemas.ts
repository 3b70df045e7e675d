/**
 * One valibot object schema per kind, built from the cell schemas: the shape of a valid row and
 * its typed output. The entries mirror columns.ts (a unit test holds them together); the
 * converters turn an output into the kind's record (records.ts).
 */
import * as v from 'valibot';
import { cellSchemas } from './cells';
import type { ValidationContext } from './context';
import type { ImportKind } from './kinds';
import type { NumberStyle } from './numbers';
import type { RecordsByKind } from './records';

type Entries = Record<string, v.GenericSchema<string, unknown>>;
type OptionalEntries<T extends Entries> = { [K in keyof T]: v.OptionalSchema<T[K], undefined> };

function optionalEntries<T extends Entries>(entries: T): OptionalEntries<T> {
	const result: Partial<Record<keyof T, v.OptionalSchema<T[keyof T], undefined>>> = {};
	for (const key of Object.keys(entries) as (keyof T)[]) result[key] = v.optional(entries[key] as T[keyof T]);
	return result as OptionalEntries<T>;
}

/** The message of a missing required cell (valibot reports missing keys with the object's message). */
const REQUIRED = 'required';

export function rowSchemas(context: ValidationContext, style: NumberStyle) {
	const c = cellSchemas(context, style);
	const quarterKey = { police_service_id: c.service_id, period: c.period };
	const capacity = { investigators_fte: c.fte, forensic_examiners_fte: c.fte, forensic_backlog_devices: c.count };
	const caseload = {
		referrals_received: c.count,
		investigations_opened: c.count,
		investigations_concluded: c.count,
		charges_laid: c.count,
		victims_identified: c.count,
		open_backlog: c.count,
		files_referred_project_p: c.count
	};
	return {
		capacity: v.object({ ...quarterKey, ...capacity, ...optionalEntries(caseload) }, REQUIRED),
		caseload: v.object({ ...quarterKey, ...caseload, ...optionalEntries(capacity) }, REQUIRED),
		funding: v.object({ police_service_id: c.service_id, fiscal_year: c.fiscal_year, amount_dollars: c.amount_dollars }, REQUIRED),
		children: v.object({ csduid: c.csduid, children: c.children }, REQUIRED),
		jurisdiction: v.object(
			{
				csduid: c.csduid,
				police_service_id: c.service_id,
				confidence: v.optional(c.confidence),
				note: v.optional(c.note),
				opp_area_id: v.optional(c.opp_area_id),
				opp_region: v.optional(c.opp_region)
			},
			REQUIRED
		),
		roster: v.object(
			{
				member_id: c.member_id,
				name: c.person_name,
				role: c.member_role,
				home_region: c.opp_region,
				active: c.boolean,
				period: v.optional(c.period),
				fte: v.optional(c.availability)
			},
			REQUIRED
		),
		prevention: v.object(
			{
				csduid: c.csduid,
				school_year: c.school_year,
				grade_7_8_students: c.count,
				classrooms_reached: c.count,
				students_reached: c.count,
				teachers_trained: c.count
			},
			REQUIRED
		),
		training: v.object(
			{
				office_kind: c.office_kind,
				office_id: c.office_id,
				as_of_year: c.year,
				office_name: c.office_name,
				office_name_fr: c.office_name,
				staff: c.count,
				trained: c.count,
				trained_current: c.count,
				latest_training_year: v.optional(c.year)
			},
			REQUIRED
		),
		registry: v.object(
			{
				program_id: c.program_id,
				police_service_id: c.service_id,
				period: c.period,
				registrants: c.count,
				verifications_done: c.count,
				non_compliant_located: c.count
			},
			REQUIRED
		)
	} satisfies Record<ImportKind, v.GenericSchema<Record<string, string>, unknown>>;
}

export type RowSchemas = ReturnType<typeof rowSchemas>;
export type RowOutput<K extends ImportKind> = v.InferOutput<RowSchemas[K]>;

function capacityOf(row: Partial<RowOutput<'capacity'>>): RecordsByKind['capacity']['capacity'] {
	const { investigators_fte, forensic_examiners_fte, forensic_backlog_devices } = row;
	if (investigators_fte === undefined || forensic_examiners_fte === undefined || forensic_backlog_devices === undefined) return null;
	return { investigators_fte, forensic_examiners_fte, forensic_backlog_devices };
}

function caseloadOf(row: Partial<RowOutput<'caseload'>>): RecordsByKind['caseload']['caseload'] {
	const r = row;
	if (
		r.referrals_received === undefined ||
		r.investigations_opened === undefined ||
		r.investigations_concluded === undefined ||
		r.charges_laid === undefined ||
		r.victims_identified === undefined ||
		r.open_backlog === undefined ||
		r.files_referred_project_p === undefined
	) {
		return null;
	}
	return {
		referrals_received: r.referrals_received,
		investigations_opened: r.investigations_opened,
		investigations_concluded: r.investigations_concluded,
		charges_laid: r.charges_laid,
		victims_identified: r.victims_identified,
		open_backlog: r.open_backlog,
		files_referred_project_p: r.files_referred_project_p
	};
}

/** Turns a valid row's output into the kind's record. */
export const toRecord: { [K in ImportKind]: (row: RowOutput<K>) => RecordsByKind[K] } = {
	capacity: (row) => ({ police_service_id: row.police_service_id, period: row.period, capacity: capacityOf(row), caseload: caseloadOf(row) }),
	caseload: (row) => ({ police_service_id: row.police_service_id, period: row.period, capacity: capacityOf(row), caseload: caseloadOf(row) }),
	funding: (row) => ({ police_service_id: row.police_service_id, fiscal_year: row.fiscal_year, amount_cents: row.amount_dollars }),
	children: (row) => ({ csduid: row.csduid, children: row.children }),
	jurisdiction: (row) => ({
		csduid: row.csduid,
		police_service_id: row.police_service_id,
		// An official jurisdiction file is authoritative: high confidence unless it says otherwise.
		confidence: row.confidence ?? 'high',
		note: row.note ?? null,
		opp_area_id: row.opp_area_id ?? null,
		opp_region: row.opp_region ?? null
	}),
	roster: (row) => ({
		member_id: row.member_id,
		name: row.name,
		role: row.role,
		home_region: row.home_region,
		active: row.active,
		period: row.period ?? null,
		fte: row.fte ?? null
	}),
	prevention: (row) => ({ ...row }),
	training: ({ office_name, office_name_fr, latest_training_year, ...rest }) => ({
		...rest,
		name: office_name,
		name_fr: office_name_fr,
		latest_training_year: latest_training_year ?? null
	}),
	registry: (row) => ({ ...row })
};
