/**
 * Project P requests as stored: lists for a reader's scope (domain/project-p/permissions.ts), one
 * request, its history of status changes and its assignments. I/O only; the routes and the change
 * modules decide what to do with them.
 */
import type { Selectable } from 'kysely';
import type { RequestScope } from '$lib/domain/project-p/permissions';
import { OPEN_STATUSES, type RequestKind, type RequestStatus } from '$lib/domain/project-p/vocabulary';
import type { AtlasDb } from '../db/client';
import { qualify } from '../db/columns';
import type { ProjectPAssignmentTable, ProjectPMemberTable, ProjectPRequestEventTable, ProjectPRequestTable } from '../db/schema';

type Request = Selectable<ProjectPRequestTable>;

/** The request's own columns every listing reads. */
const REQUEST_COLUMNS = [
	'id',
	'csduid',
	'police_service_id',
	'opp_region',
	'kind',
	'urgency',
	'expected_fte_weeks',
	'description',
	'status',
	'decline_reason',
	'flag_period',
	'flag_level',
	'flag_reasons',
	'filed_by',
	'filed_at',
	'status_changed_at',
	'reporting_unit_id',
	'illustrative'
] as const satisfies readonly (keyof Request)[];

/** A stored request with its community's names and children and its service's names. */
export interface RequestRow extends Pick<Request, (typeof REQUEST_COLUMNS)[number]> {
	community_name: string;
	community_name_fr: string;
	/** The community's children 0–17 now (estimate or imported). */
	children: number | null;
	service_name: string;
	service_name_fr: string;
}

export interface ListOptions {
	scope: RequestScope;
	statuses?: readonly RequestStatus[];
	csduid?: string;
	policeServiceId?: string;
}

function baseQuery(db: AtlasDb) {
	return db
		.selectFrom('project_p_request as r')
		.innerJoin('community as c', 'c.csduid', 'r.csduid')
		.innerJoin('police_service as s', 's.id', 'r.police_service_id')
		.select([
			...qualify('r', REQUEST_COLUMNS),
			'c.name as community_name',
			'c.name_fr as community_name_fr',
			'c.children',
			's.name as service_name',
			's.name_fr as service_name_fr'
		]);
}

/** Requests the scope may see, newest first. */
export async function list(db: AtlasDb, options: ListOptions): Promise<RequestRow[]> {
	const { scope } = options;
	if (scope.kind === 'none') return [];
	return baseQuery(db)
		.$if(scope.kind === 'service', (qb) => qb.where('r.police_service_id', '=', scope.kind === 'service' ? scope.police_service_id : ''))
		.$if(scope.kind === 'unit', (qb) => qb.where('r.reporting_unit_id', '=', scope.kind === 'unit' ? scope.reporting_unit_id : ''))
		.$if(options.statuses !== undefined, (qb) => qb.where('r.status', 'in', [...(options.statuses ?? [])]))
		.$if(options.csduid !== undefined, (qb) => qb.where('r.csduid', '=', options.csduid ?? ''))
		.$if(options.policeServiceId !== undefined, (qb) => qb.where('r.police_service_id', '=', options.policeServiceId ?? ''))
		.orderBy('r.filed_at', 'desc')
		.orderBy('r.id', 'desc')
		.execute();
}

export async function find(db: AtlasDb, id: number): Promise<RequestRow | undefined> {
	return baseQuery(db).where('r.id', '=', id).executeTakeFirst();
}

export type EventRow = Pick<Selectable<ProjectPRequestEventTable>, 'id' | 'from_status' | 'to_status' | 'at' | 'actor' | 'note'>;

/** A request's status changes, oldest first (filing included). */
export async function events(db: AtlasDb, requestId: number): Promise<EventRow[]> {
	return db
		.selectFrom('project_p_request_event')
		.select(['id', 'from_status', 'to_status', 'at', 'actor', 'note'])
		.where('request_id', '=', requestId)
		.orderBy('id')
		.execute();
}

/** An assignment with the member's name, role and home region. */
export type AssignmentRow = Pick<Selectable<ProjectPAssignmentTable>, 'member_id' | 'period' | 'fte' | 'fte_weeks' | 'assigned_by' | 'assigned_at'> &
	Pick<Selectable<ProjectPMemberTable>, 'name' | 'role' | 'home_region'>;

export async function assignments(db: AtlasDb, requestId: number): Promise<AssignmentRow[]> {
	return db
		.selectFrom('project_p_assignment as a')
		.innerJoin('project_p_member as m', 'm.id', 'a.member_id')
		.select(['a.member_id', 'm.name', 'm.role', 'm.home_region', 'a.period', 'a.fte', 'a.fte_weeks', 'a.assigned_by', 'a.assigned_at'])
		.where('a.request_id', '=', requestId)
		.orderBy('a.period')
		.orderBy('a.member_id')
		.execute();
}

/** Communities with an open request the scope may see: the map's request rings. */
export async function openCsduids(db: AtlasDb, scope: RequestScope): Promise<string[]> {
	if (scope.kind === 'none') return [];
	const rows = await db
		.selectFrom('project_p_request')
		.select('csduid')
		.distinct()
		.where('status', 'in', [...OPEN_STATUSES])
		.$if(scope.kind === 'service', (qb) => qb.where('police_service_id', '=', scope.kind === 'service' ? scope.police_service_id : ''))
		.$if(scope.kind === 'unit', (qb) => qb.where('reporting_unit_id', '=', scope.kind === 'unit' ? scope.reporting_unit_id : ''))
		.orderBy('csduid')
		.execute();
	return rows.map((row) => row.csduid);
}

/** Open requests per OPP region of their community. */
export async function openCountsByRegion(db: AtlasDb): Promise<Map<string, number>> {
	const rows = await db
		.selectFrom('project_p_request')
		.select(['opp_region', (eb) => eb.fn.countAll<number>().as('n')])
		.where('status', 'in', [...OPEN_STATUSES])
		.groupBy('opp_region')
		.execute();
	return new Map(rows.map((row) => [row.opp_region, Number(row.n)]));
}

export interface OppSupportRow {
	id: number;
	reporting_unit_id: string;
	opp_region: string;
	kind: RequestKind;
	status: RequestStatus;
	expected_fte_weeks: number | null;
	/** FTE-weeks of roster members assigned so far. */
	assigned_fte_weeks: number;
	illustrative: boolean;
	filed_at: Date;
}

/** Open requests OPP regional teams filed, oldest first: what planners see beside the allocation. */
export async function openOppSupport(db: AtlasDb): Promise<OppSupportRow[]> {
	const rows = await db
		.selectFrom('project_p_request as r')
		.innerJoin('reporting_unit as u', 'u.id', 'r.reporting_unit_id')
		.select((eb) => [
			'r.id',
			'u.id as reporting_unit_id',
			'u.opp_region',
			'r.kind',
			'r.status',
			'r.expected_fte_weeks',
			'r.illustrative',
			'r.filed_at',
			eb
				.selectFrom('project_p_assignment as a')
				.select((sub) => sub.fn.coalesce(sub.fn.sum<number>('a.fte_weeks'), sub.lit(0)).as('w'))
				.whereRef('a.request_id', '=', 'r.id')
				.as('assigned_fte_weeks')
		])
		.where('r.status', 'in', [...OPEN_STATUSES])
		.orderBy('r.filed_at')
		.orderBy('r.id')
		.execute();
	return rows.map((row) => ({ ...row, reporting_unit_id: row.reporting_unit_id, opp_region: row.opp_region ?? '', assigned_fte_weeks: Number(row.assigned_fte_weeks ?? 0) }));
}

/** FTE-weeks assigned per request, for the queue's running totals. */
export async function assignedFteWeeks(db: AtlasDb, requestIds: readonly number[]): Promise<Map<number, number>> {
	if (requestIds.length === 0) return new Map();
	const rows = await db
		.selectFrom('project_p_assignment')
		.select(['request_id', (eb) => eb.fn.sum<number>('fte_weeks').as('w')])
		.where('request_id', 'in', [...requestIds])
		.groupBy('request_id')
		.execute();
	return new Map(rows.map((row) => [row.request_id, Number(row.w)]));
}
