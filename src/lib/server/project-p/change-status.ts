/**
 * Moving a request through its life cycle (issue 7, deliverables 2, 4 and 7), in one transaction:
 * lock the request row, check the move against the state machine (domain/project-p/transitions.ts),
 * and for an assignment lock the members' availability rows and check capacity (capacity.ts) before
 * writing the assignments, the new status, a history entry and the audit entry. Two coordinators acting
 * at once are serialised by these locks: the second sees the first one's result and is refused with a
 * 409 instead of over-assigning a member or moving a request twice. A refusal writes nothing.
 */
import { capacityErrors, capacityStatus, checkCapacity } from '$lib/domain/project-p/capacity';
import { mayDecide } from '$lib/domain/project-p/permissions';
import { quarterContaining } from '$lib/domain/project-p/quarter';
import { fteWeeksOf, type AssignmentInput, type TransitionInput } from '$lib/domain/project-p/transition-input';
import { canTransition, nextStatuses } from '$lib/domain/project-p/transitions';
import { fieldError, type RequestStatus } from '$lib/domain/project-p/vocabulary';
import type { PeriodKey } from '$lib/domain/period';
import type { Transaction } from 'kysely';
import * as audit from '../audit';
import type { AtlasDb } from '../db/client';
import type { Database } from '../db/schema';
import type { ChangeContext } from '../change-context';
import { recordChange as recordClearanceChange } from './clearance';
import { refuse, RefusedChange, runRefusable, type Outcome } from './outcome';
import { lockAvailability, membersInQuarter } from './roster';

export interface StatusChanged {
	id: number;
	from: RequestStatus;
	status: RequestStatus;
}

function notAllowed(from: RequestStatus, to: RequestStatus) {
	const next = nextStatuses(from);
	const en = next.length === 0 ? `from ${from} there is no further change` : `from ${from} it can become ${next.join(' or ')}`;
	const fr = next.length === 0 ? `depuis ${from}, aucun autre changement n’est possible` : `depuis ${from}, elle peut passer à ${next.join(' ou ')}`;
	return refuse(409, [fieldError('status', `a request that is ${from} cannot become ${to}; ${en}.`, `une demande au statut ${from} ne peut pas passer à ${to}; ${fr}.`)]);
}

async function assign(trx: Transaction<Database>, requestId: number, asks: readonly AssignmentInput[], period: PeriodKey, context: ChangeContext): Promise<string> {
	const ids = asks.map((ask) => ask.member_id);
	await lockAvailability(trx, period, ids);
	const members = new Map((await membersInQuarter(trx, period, { memberIds: ids })).map((m) => [m.member_id, m]));
	const problems = checkCapacity(asks, members);
	if (problems.length > 0) throw new RefusedChange(refuse(capacityStatus(problems), capacityErrors(problems, period)));
	await trx
		.insertInto('project_p_assignment')
		.values(asks.map((ask) => ({ request_id: requestId, member_id: ask.member_id, period, fte: ask.fte, fte_weeks: ask.fte_weeks ?? fteWeeksOf(ask.fte), assigned_at: context.now, assigned_by: context.actor.username })))
		.execute();
	return `${period}: ${asks.map((ask) => `${ask.member_id} ${ask.fte_weeks ?? fteWeeksOf(ask.fte)} FTE-weeks`).join(', ')}`;
}

export async function changeStatus(db: AtlasDb, requestId: number, input: TransitionInput, context: ChangeContext): Promise<Outcome<StatusChanged>> {
	if (!mayDecide(context.actor)) {
		return refuse(403, [fieldError('status', 'only a Project P coordinator changes a request’s status.', 'seul un coordonnateur du Projet P change le statut d’une demande.')]);
	}
	const current = quarterContaining(context.now);
	const period = input.status === 'assigned' ? (input.period ?? current) : null;
	if (period !== null && period < current) {
		return refuse(422, [fieldError('period', `${period} is over; assign for ${current} or later.`, `${period} est terminé; affectez pour ${current} ou plus tard.`)]);
	}
	return runRefusable(() =>
		db.transaction().execute(async (trx) => {
			const row = await trx.selectFrom('project_p_request').select(['id', 'status']).where('id', '=', requestId).forUpdate().executeTakeFirst();
			if (!row) throw new RefusedChange(refuse(404, [fieldError('id', `no request ${requestId}.`, `aucune demande ${requestId}.`)]));
			if (!canTransition(row.status, input.status)) throw new RefusedChange(notAllowed(row.status, input.status));
			const note =
				input.status === 'declined' ? input.reason
				: input.status === 'assigned' && period !== null ? await assign(trx, requestId, input.assignments, period, context)
				: null;
			await trx
				.updateTable('project_p_request')
				.set({ status: input.status, status_changed_at: context.now, ...(input.status === 'declined' ? { decline_reason: input.reason } : {}) })
				.where('id', '=', requestId)
				.execute();
			await trx
				.insertInto('project_p_request_event')
				.values({ request_id: requestId, from_status: row.status, to_status: input.status, at: context.now, actor_user_id: context.actor.id, actor: context.actor.username, note })
				.execute();
			await audit.record(trx, {
				actor: audit.actorOf(context.actor),
				action: `project_p_request.${input.status}`,
				entity_type: 'project_p_request',
				entity_id: requestId,
				before: { status: row.status },
				after: { status: input.status, ...(note === null ? {} : { note }) },
				client_address: context.client_address,
				at: context.now
			});
			await recordClearanceChange(trx, requestId, input.status, context);
			return { id: requestId, from: row.status, status: input.status };
		})
	);
}
