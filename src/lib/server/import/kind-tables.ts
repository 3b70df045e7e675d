/**
 * How each kind's records map onto table rows: which rows a record touches, what the domain
 * sees as stored (domain/import/stored.ts), and the rows an import writes. Imported rows lose the
 * illustrative flag and name their import in `source`.
 */
import type { ImportKind } from '../../domain/import/kinds';
import type {
	CapacityFigures,
	CaseloadFigures,
	PreventionImport,
	QuarterRecord,
	RecordsByKind,
	RegistryImport,
	TrainingImport
} from '../../domain/import/records';
import type { StoredByKind, StoredQuarter } from '../../domain/import/stored';
import type { ConfidenceLevel, MemberRole, OppRegion } from '../../domain/import/vocabulary';
import { quarterSource } from './quarter-source';
import type { ImportTable, RowValues } from './tables';

export interface TableRow {
	table: ImportTable;
	/** Keys and (for writes) tracked columns. */
	row: RowValues;
}

/** Stored rows by table and key. */
export type Lookup = (table: ImportTable, key: RowValues) => RowValues | undefined;

export interface Origin {
	importId: number;
	/** `import #<id> <file> by <user>` for this import. */
	label: string;
	/** The label of another import (the other half of a quarter row). */
	labelOf: (importId: number) => string;
}

/** The mapping for records of type R whose stored state the domain sees as S. */
export interface KindTables<R, S> {
	keysOf(record: R): TableRow[];
	storedOf(record: R, lookup: Lookup): S | undefined;
	rowsOf(record: R, lookup: Lookup, origin: Origin): TableRow[];
}

const num = (value: unknown): number => Number(value);
const idOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function capacityOf(row: RowValues): CapacityFigures {
	return {
		investigators_fte: num(row.investigators_fte),
		forensic_examiners_fte: num(row.forensic_examiners_fte),
		forensic_backlog_devices: num(row.forensic_backlog_devices)
	};
}

function caseloadOf(row: RowValues): CaseloadFigures {
	return {
		referrals_received: num(row.referrals_received),
		investigations_opened: num(row.investigations_opened),
		investigations_concluded: num(row.investigations_concluded),
		charges_laid: num(row.charges_laid),
		victims_identified: num(row.victims_identified),
		open_backlog: num(row.open_backlog),
		files_referred_project_p: num(row.files_referred_project_p)
	};
}

// Capacity and caseload records and stored rows have the same shape: one mapping serves both.
const quarter: KindTables<QuarterRecord, StoredQuarter> = {
	keysOf: (r) => [{ table: 'ice_quarter', row: { police_service_id: r.police_service_id, period: r.period } }],
	storedOf: (r, lookup) => {
		const row = lookup('ice_quarter', { police_service_id: r.police_service_id, period: r.period });
		if (!row) return undefined;
		return {
			capacity: capacityOf(row),
			caseload: caseloadOf(row),
			capacityImported: row.capacity_import_id !== null,
			caseloadImported: row.caseload_import_id !== null
		};
	},
	rowsOf: (r, lookup, origin) => {
		const key = { police_service_id: r.police_service_id, period: r.period };
		const before = lookup('ice_quarter', key) ?? {};
		// Carried-forward capacity keeps naming where it came from (an earlier import, or the seed).
		const capacityId = r.capacityCarried ? r.capacityCarried.importId : r.capacity ? origin.importId : idOrNull(before.capacity_import_id);
		const caseloadId = r.caseload ? origin.importId : idOrNull(before.caseload_import_id);
		const labelOf = (id: number) => (id === origin.importId ? origin.label : origin.labelOf(id));
		const row: RowValues = {
			...before,
			...key,
			...(r.capacity ?? {}),
			...(r.caseload ?? {}),
			illustrative: false,
			source: quarterSource(capacityId, caseloadId, labelOf),
			capacity_import_id: capacityId,
			caseload_import_id: caseloadId
		};
		return [{ table: 'ice_quarter', row }];
	}
};

const imported = (row: RowValues) => row.illustrative === false;

const prevention: KindTables<PreventionImport, StoredByKind['prevention']> = {
	keysOf: (r) => [{ table: 'stream_prevention', row: { csduid: r.csduid, school_year: r.school_year } }],
	storedOf: (r, lookup) => {
		const row = lookup('stream_prevention', { csduid: r.csduid, school_year: r.school_year });
		if (!row) return undefined;
		const figures = {
			grade_7_8_students: num(row.grade_7_8_students),
			classrooms_reached: num(row.classrooms_reached),
			students_reached: num(row.students_reached),
			teachers_trained: num(row.teachers_trained)
		};
		return { figures, imported: imported(row) };
	},
	rowsOf: (r, _lookup, origin) => [{ table: 'stream_prevention', row: { ...r, illustrative: false, source: origin.label } }]
};

const training: KindTables<TrainingImport, StoredByKind['training']> = {
	keysOf: (r) => [{ table: 'stream_training', row: { office_kind: r.office_kind, office_id: r.office_id, as_of_year: r.as_of_year } }],
	storedOf: (r, lookup) => {
		const row = lookup('stream_training', { office_kind: r.office_kind, office_id: r.office_id, as_of_year: r.as_of_year });
		if (!row) return undefined;
		const figures = {
			name: String(row.name),
			name_fr: String(row.name_fr),
			staff: num(row.staff),
			trained: num(row.trained),
			trained_current: num(row.trained_current),
			latest_training_year: idOrNull(row.latest_training_year)
		};
		return { figures, imported: imported(row) };
	},
	rowsOf: (r, _lookup, origin) => {
		// A police service's row names its service (the table's check constraint); a Crown office's does not.
		const police_service_id = r.office_kind === 'police_service' ? r.office_id : null;
		return [{ table: 'stream_training', row: { ...r, police_service_id, illustrative: false, source: origin.label } }];
	}
};

const registry: KindTables<RegistryImport, StoredByKind['registry']> = {
	keysOf: (r) => [{ table: 'stream_registry_quarter', row: { program_id: r.program_id, police_service_id: r.police_service_id, period: r.period } }],
	storedOf: (r, lookup) => {
		const row = lookup('stream_registry_quarter', { program_id: r.program_id, police_service_id: r.police_service_id, period: r.period });
		if (!row) return undefined;
		const figures = { registrants: num(row.registrants), verifications_done: num(row.verifications_done), non_compliant_located: num(row.non_compliant_located) };
		return { figures, imported: imported(row) };
	},
	rowsOf: (r, _lookup, origin) => [{ table: 'stream_registry_quarter', row: { ...r, illustrative: false, source: origin.label } }]
};

export const KIND_TABLES: { [K in ImportKind]: KindTables<RecordsByKind[K], StoredByKind[K]> } = {
	capacity: quarter,
	caseload: quarter,
	funding: {
		keysOf: (r) => [{ table: 'strategy_funding', row: { police_service_id: r.police_service_id, fiscal_year: r.fiscal_year } }],
		storedOf: (r, lookup) => {
			const row = lookup('strategy_funding', { police_service_id: r.police_service_id, fiscal_year: r.fiscal_year });
			return row ? { amount_cents: num(row.amount_cents), imported: row.illustrative === false } : undefined;
		},
		rowsOf: (r, _lookup, origin) => [
			{
				table: 'strategy_funding',
				row: { police_service_id: r.police_service_id, fiscal_year: r.fiscal_year, amount_cents: r.amount_cents, illustrative: false, source: origin.label }
			}
		]
	},
	children: {
		keysOf: (r) => [{ table: 'community', row: { csduid: r.csduid } }],
		storedOf: (r, lookup) => {
			const row = lookup('community', { csduid: r.csduid });
			if (!row) return undefined;
			return { children: idOrNull(row.children), population: idOrNull(row.population), imported: row.children_source === 'imported' };
		},
		rowsOf: (r) => [{ table: 'community', row: { csduid: r.csduid, children: r.children, children_source: 'imported' } }]
	},
	jurisdiction: {
		keysOf: (r) => [{ table: 'jurisdiction', row: { csduid: r.csduid } }],
		storedOf: (r, lookup) => {
			const row = lookup('jurisdiction', { csduid: r.csduid });
			if (!row) return undefined;
			return {
				police_service_id: String(row.police_service_id),
				confidence: row.confidence as ConfidenceLevel,
				note: row.note === null ? null : String(row.note),
				opp_area_id: row.opp_area_id === null ? null : String(row.opp_area_id),
				opp_region: String(row.opp_region),
				imported: String(row.source).startsWith('import #')
			};
		},
		rowsOf: (r, lookup, origin) => {
			// A file without the region column keeps the stored one (the region the community lies in).
			const region = r.opp_region ?? lookup('jurisdiction', { csduid: r.csduid })?.opp_region ?? null;
			const row: RowValues = { csduid: r.csduid, police_service_id: r.police_service_id, opp_region: region, opp_area_id: r.opp_area_id, confidence: r.confidence, note: r.note, source: origin.label };
			return [{ table: 'jurisdiction', row }];
		}
	},
	roster: {
		keysOf: (r) => {
			const rows: TableRow[] = [{ table: 'project_p_member', row: { id: r.member_id } }];
			if (r.period !== null) rows.push({ table: 'project_p_availability', row: { member_id: r.member_id, period: r.period } });
			return rows;
		},
		storedOf: (r, lookup) => {
			const member = lookup('project_p_member', { id: r.member_id });
			const availability = r.period === null ? undefined : lookup('project_p_availability', { member_id: r.member_id, period: r.period });
			return {
				member: member
					? {
							member_id: r.member_id,
							name: String(member.name),
							role: member.role as MemberRole,
							home_region: member.home_region as OppRegion,
							active: member.active === true
						}
					: null,
				fte: availability ? num(availability.fte) : null
			};
		},
		rowsOf: (r) => {
			const member = { id: r.member_id, name: r.name, role: r.role, home_region: r.home_region, active: r.active };
			const rows: TableRow[] = [{ table: 'project_p_member', row: member }];
			if (r.period !== null && r.fte !== null) rows.push({ table: 'project_p_availability', row: { member_id: r.member_id, period: r.period, fte: r.fte } });
			return rows;
		}
	},
	prevention,
	training,
	registry
};
