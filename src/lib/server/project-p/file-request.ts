/**
 * Filing a request (issue 7, deliverable 2): the community must exist, the requester must be allowed to
 * file for it (a chief for their own service's communities only; domain/project-p/permissions.ts), and
 * the request, its first history entry and the audit entry are written in one transaction.
 */
import { NOBODY_CLEARED } from '$lib/domain/coverage';
import { mayFile } from '$lib/domain/project-p/permissions';
import type { NewRequestInput } from '$lib/domain/project-p/request-input';
import { fieldError } from '$lib/domain/project-p/vocabulary';
import * as audit from '../audit';
import type { AtlasDb } from '../db/client';
import * as communities from '../queries/communities';
import type { ChangeContext } from './change-context';
import { flagFor } from './coverage-flag';
import { refuse, type Outcome } from './outcome';

export async function fileRequest(db: AtlasDb, input: NewRequestInput, context: ChangeContext): Promise<Outcome<{ id: number }>> {
	const community = await communities.find(db, input.csduid);
	if (!community) {
		return refuse(422, [fieldError('csduid', `no Ontario community has the code ${input.csduid}.`, `aucune collectivité de l’Ontario n’a le code ${input.csduid}.`)]);
	}
	if (!mayFile(context.actor, community.police_service_id)) {
		return refuse(403, [
			fieldError(
				'csduid',
				`${community.name} is policed by ${community.police_service_name}; your account files requests for its own police service’s communities only.`,
				`${community.name_fr} est desservie par ${community.police_service_name_fr}; votre compte ne dépose des demandes que pour les collectivités de son propre service de police.`
			)
		]);
	}
	// The flag's level and reason codes carry no caseload count, so no clearance is needed to keep them.
	const flag = await flagFor(db, input.csduid, NOBODY_CLEARED);
	const id = await db.transaction().execute(async (trx) => {
		const row = await trx
			.insertInto('project_p_request')
			.values({
				csduid: input.csduid,
				police_service_id: community.police_service_id,
				opp_region: community.opp_region,
				kind: input.kind,
				urgency: input.urgency,
				expected_fte_weeks: input.expected_fte_weeks,
				description: input.description,
				decline_reason: null,
				flag_period: flag?.period ?? null,
				flag_level: flag?.level ?? null,
				flag_reasons: flag ? [...flag.reason_codes] : [],
				filed_by_user_id: context.actor.id,
				filed_by: context.actor.username,
				filed_at: context.now,
				status_changed_at: context.now
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await trx
			.insertInto('project_p_request_event')
			.values({ request_id: row.id, from_status: null, to_status: 'submitted', at: context.now, actor_user_id: context.actor.id, actor: context.actor.username, note: null })
			.execute();
		await audit.record(trx, {
			actor: audit.actorOf(context.actor),
			action: 'project_p_request.file',
			entity_type: 'project_p_request',
			entity_id: row.id,
			after: { ...input, police_service_id: community.police_service_id, status: 'submitted' },
			client_address: context.client_address,
			at: context.now
		});
		return row.id;
	});
	return { ok: true, value: { id } };
}
