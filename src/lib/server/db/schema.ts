/**
 * The typed Database interface for Kysely, written by hand to match migrations/.
 * Numeric columns are parsed to numbers by client.ts (int8 → number, numeric → number).
 * Where the domain already names a table's columns (domain/coverage/types.ts, domain/streams/types.ts,
 * domain/import/records.ts), the table type extends that record, so a column is declared once; a table adds only
 * what the domain never reads (provenance, import ids, defaults).
 */
import type { ColumnType, Generated } from 'kysely';
import type { ServiceFunding, ServiceQuarter } from '../../domain/coverage/types';
import type { ImportKind } from '../../domain/import/kinds';
import type { JurisdictionRecord, RosterMember } from '../../domain/import/records';
import type { RequestKind, RequestStatus, Urgency } from '../../domain/project-p/vocabulary';
import type { PreventionRecord, RegistryProgram, RegistryQuarter, TrainingRecord } from '../../domain/streams/types';
import type { Level, OppRegion, Role, ServiceKind } from '../../domain/vocabulary';

/**
 * A domain record as a row: the columns in `K` hold period or school-year codes the domain types as template
 * literals, but the database stores plain text, so readers check them (isPeriodKey, isSchoolYear) before use.
 */
type Stored<T, K extends keyof T> = Omit<T, K> & { [P in K]: string };

export interface PoliceServiceTable {
	id: string;
	name: string;
	name_fr: string;
	kind: ServiceKind;
	opp_region: string | null;
	ice_strategy_member: boolean;
	sworn_officers: number | null;
	sworn_year: number | null;
	sworn_source: string | null;
}

export interface CommunityTable {
	csduid: string;
	name: string;
	name_fr: string;
	csd_type: string;
	cduid: string;
	cd_name: string;
	population: number | null;
	land_area_km2: number;
	centroid_lon: number;
	centroid_lat: number;
	children_share: number;
	children: number | null;
	children_source: ColumnType<'estimate' | 'imported', 'estimate' | 'imported' | undefined>;
	fly_in: ColumnType<boolean, boolean | undefined>;
	search_key: string;
}

/** The import's record of a jurisdiction, except that a stored row always names its region. */
export interface JurisdictionTable extends Omit<JurisdictionRecord, 'opp_region' | 'opp_area_id'> {
	opp_region: string;
	/** OPP-policed CSDs only: the census-division OPP area (`opp-<cduid>`), a display grouping, never a service. */
	opp_area_id: ColumnType<string | null, string | null | undefined>;
	source: string;
}

/** A unit that reports ICE capacity and caseload: a police service, or an OPP regional team (`opp-<region>`). */
export interface ReportingUnitTable {
	id: string;
	police_service_id: string;
	opp_region: OppRegion | null;
	name: string;
	name_fr: string;
	base_csduid: string;
}

export interface IceQuarterTable extends Stored<ServiceQuarter, 'period'> {
	source: string;
	/** The import each half of the row came from; null = the seed's illustrative figures (migration 0004). */
	capacity_import_id: ColumnType<number | null, number | null | undefined>;
	caseload_import_id: ColumnType<number | null, number | null | undefined>;
}

export interface StrategyFundingTable extends ServiceFunding {
	source: string;
}

export interface DatasetTable {
	id: string;
	source_file: string;
	checksum: string;
	illustrative: boolean;
	row_count: number;
	loaded_at: Generated<Date>;
}

/** One row: a counter every write to a data table bumps (migration 2026_11_30_0001_data_version). */
export interface DataVersionTable {
	id: Generated<boolean>;
	version: Generated<number>;
	changed_at: Generated<Date>;
}

export interface SettingTable {
	key: string;
	value: unknown;
	updated_at: Generated<Date>;
	updated_by: string | null;
}

/** Accounts (migration 2026_11_29_0002_accounts). */
export interface UsersTable {
	id: Generated<number>;
	username: string;
	display_name: string;
	role: Role;
	police_service_id: string | null;
	/** Set for OPP regional accounts only (migration 2026_12_07_0002_opp_region_role). */
	opp_region: ColumnType<OppRegion | null, OppRegion | null | undefined, OppRegion | null>;
	/** Argon2id PHC string; never leaves the server. */
	password_hash: string;
	disabled: ColumnType<boolean, boolean | undefined>;
	failed_login_count: ColumnType<number, number | undefined>;
	last_failed_login_at: Date | null;
	last_login_at: Date | null;
	password_changed_at: ColumnType<Date, Date | undefined>;
	created_at: Generated<Date>;
	updated_at: ColumnType<Date, Date | undefined>;
}

export interface SessionsTable {
	/** SHA-256 hex of the cookie's session id; the id itself is never stored. */
	id_hash: string;
	user_id: number;
	created_at: Date;
	last_seen_at: Date;
	expires_at: Date;
	revoked_at: Date | null;
}

export interface ApiTokensTable {
	id: Generated<number>;
	user_id: number;
	name: string;
	token_hash: string;
	token_prefix: string;
	scopes: ('read' | 'write')[];
	created_at: Date;
	expires_at: Date | null;
	last_used_at: Date | null;
	revoked_at: Date | null;
}

export interface LoginAttemptsTable {
	id: Generated<number>;
	at: Date;
	username: string;
	client_address: string;
	succeeded: boolean;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Append-only (a trigger rejects UPDATE, DELETE and TRUNCATE). before/after are written as JSON text. */
export interface AuditLogTable {
	id: Generated<number>;
	at: ColumnType<Date, Date | undefined, never>;
	actor_user_id: number | null;
	actor: string;
	action: string;
	entity_type: string;
	entity_id: string | null;
	before: ColumnType<JsonValue | null, string | null, never>;
	after: ColumnType<JsonValue | null, string | null, never>;
	client_address: string | null;
}

/** Data imports (migration 2026_11_29_0004_imports): a preview, or an import and whether it was rolled back. */
export interface DataImportTable {
	id: Generated<number>;
	kind: ImportKind;
	status: 'preview' | 'committed' | 'rolled_back';
	file_name: string;
	file_format: 'csv' | 'xlsx';
	/** SHA-256 hex of the file's bytes. */
	checksum: string;
	byte_size: number;
	row_count: number;
	new_count: number;
	changed_count: number;
	unchanged_count: number;
	user_id: number | null;
	username: string;
	police_service_id: string | null;
	created_at: Generated<Date>;
	committed_at: Date | null;
	rolled_back_at: Date | null;
	rolled_back_by: string | null;
	/** The uploaded file while it is a preview; null once committed. */
	content: Buffer | null;
}

/** The previous values (`before`, null = new) of each row an import wrote, and a digest of what it wrote. */
export interface ImportChangeTable {
	import_id: number;
	seq: number;
	table_name: string;
	key: ColumnType<JsonValue, string, never>;
	before: ColumnType<JsonValue | null, string | null, never>;
	/** SHA-256 hex of the written tracked columns' canonical JSON (server/import/tables.ts rowDigest). */
	after_digest: string;
}

/** Project P members (filled by the roster import; shared with the Project P feature). */
export interface ProjectPMemberTable extends Omit<RosterMember, 'member_id' | 'active'> {
	id: string;
	active: ColumnType<boolean, boolean | undefined>;
}

/** A member's availability in a quarter, as a share of full time (0–1). */
export interface ProjectPAvailabilityTable {
	member_id: string;
	period: string;
	fte: number;
}

/** Members of the illustrative demo roster (migration 2026_11_29_0006_project_p); imported members have no row. */
export interface ProjectPIllustrativeMemberTable {
	member_id: string;
	source: string;
}

/** A request for Project P assistance with one community (migration 2026_11_29_0006_project_p). */
export interface ProjectPRequestTable {
	id: Generated<number>;
	csduid: string;
	/** The community's police service and OPP region when filed. */
	police_service_id: string;
	opp_region: string;
	kind: RequestKind;
	urgency: Urgency;
	expected_fte_weeks: number | null;
	description: string;
	status: ColumnType<RequestStatus, RequestStatus | undefined, RequestStatus>;
	decline_reason: string | null;
	flag_period: string | null;
	flag_level: Level | null;
	flag_reasons: ColumnType<string[], string[] | undefined, string[]>;
	filed_by_user_id: number | null;
	filed_by: string;
	filed_at: ColumnType<Date, Date | undefined, never>;
	status_changed_at: ColumnType<Date, Date | undefined, Date>;
	/** The OPP regional team that filed it (an `opp_region` account), else null. */
	reporting_unit_id: ColumnType<string | null, string | null | undefined, never>;
	/** A demonstration request written by the seed (README "Demo accounts"), not a real need. */
	illustrative: ColumnType<boolean, boolean | undefined, never>;
}

/** One status change of a request; from_status null = filed. */
export interface ProjectPRequestEventTable {
	id: Generated<number>;
	request_id: number;
	from_status: RequestStatus | null;
	to_status: RequestStatus;
	at: ColumnType<Date, Date | undefined, never>;
	actor_user_id: number | null;
	actor: string;
	note: string | null;
}

/** A roster member's FTE on a request in one quarter. */
export interface ProjectPAssignmentTable {
	request_id: number;
	member_id: string;
	period: string;
	/** Share of the quarter (0–1), checked against the member's availability. */
	fte: number;
	/** The same commitment in FTE-weeks (fte × 13), the unit requests are asked in. */
	fte_weeks: number;
	assigned_at: ColumnType<Date, Date | undefined, never>;
	assigned_by: string;
}

/** Allocation scenarios (migration 2026_11_29_0005_allocations); an approved one is immutable (trigger). */
export interface AllocationScenarioTable {
	id: Generated<number>;
	name: string;
	status: ColumnType<'draft' | 'approved', 'draft' | 'approved' | undefined>;
	period: string;
	/** AllocationParameters, FteConversion and AllocationServiceInput[] as JSON; written as JSON text. */
	parameters: ColumnType<unknown, string, string>;
	conversion: ColumnType<unknown, string, string>;
	objective: string;
	inputs: ColumnType<unknown, string, string>;
	total_cents: number;
	illustrative: boolean;
	copied_from: number | null;
	created_by_user_id: number | null;
	created_by: string;
	created_at: ColumnType<Date, Date | undefined, never>;
	updated_at: ColumnType<Date, Date | undefined, Date>;
	approved_by_user_id: number | null;
	approved_by: string | null;
	approved_at: Date | null;
}

/** One police service's amount in a scenario, with its AllocationExplanation as JSON. */
export interface AllocationLineTable {
	scenario_id: number;
	police_service_id: string;
	amount_cents: number;
	explanation: ColumnType<unknown, string, string>;
}

/** Strategy streams beyond policing (migration 2026_11_29_0007_streams): prevention per community and school year. */
export interface StreamPreventionTable extends Stored<PreventionRecord, 'school_year'> {
	source: string;
}

/** ICE training per police service or Crown office and reference year (aggregates, never a person). */
export interface StreamTrainingTable extends TrainingRecord {
	source: string;
}

/** An offender-registry address-verification program (the first: the Toronto pilot's shape). */
export interface StreamRegistryProgramTable extends Stored<RegistryProgram, 'first_period' | 'last_period'> {
	source: string;
}

/** Registry compliance per program, police service and quarter: aggregates only, never an individual. */
export interface StreamRegistryQuarterTable extends Stored<RegistryQuarter, 'period'> {
	source: string;
}

export interface Database {
	police_service: PoliceServiceTable;
	community: CommunityTable;
	jurisdiction: JurisdictionTable;
	reporting_unit: ReportingUnitTable;
	ice_quarter: IceQuarterTable;
	strategy_funding: StrategyFundingTable;
	dataset: DatasetTable;
	users: UsersTable;
	sessions: SessionsTable;
	api_tokens: ApiTokensTable;
	login_attempts: LoginAttemptsTable;
	audit_log: AuditLogTable;
	setting: SettingTable;
	data_import: DataImportTable;
	import_change: ImportChangeTable;
	project_p_member: ProjectPMemberTable;
	project_p_availability: ProjectPAvailabilityTable;
	allocation_scenario: AllocationScenarioTable;
	allocation_line: AllocationLineTable;
	project_p_illustrative_member: ProjectPIllustrativeMemberTable;
	project_p_request: ProjectPRequestTable;
	project_p_request_event: ProjectPRequestEventTable;
	project_p_assignment: ProjectPAssignmentTable;
	stream_prevention: StreamPreventionTable;
	stream_training: StreamTrainingTable;
	stream_registry_program: StreamRegistryProgramTable;
	stream_registry_quarter: StreamRegistryQuarterTable;
	data_version: DataVersionTable;
}
