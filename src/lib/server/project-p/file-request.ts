/**
 * Filing a request (issue 7, deliverable 2): the community must exist, the requester must be allowed to
 * file for it (a chief for their own service's communities only; domain/project-p/permissions.ts), and
 * the request, its first history entry and the audit entry are written in one transaction.
 */
import { NOBODY_CLEARED } from '$lib/domain/coverage';
import { regionalUnitOf } from '$lib/domain/project-p/opp-region';
import { mayFile } from '$lib/domain/project-p/permissions';
import type { NewRequestInput } from '$lib/domain/project-p/request-input';
import { fieldError } from '$lib/domain/project-p/vocabulary';
import * as audit from '../audit';
import type { AtlasDb } from '../db/client';
import * as communities from '../queries/communities';
import type { ChangeContext } from '../change-context';
import { flagFor } from './coverage-flag';
import { refuse, type Outcome } from './outcome';

export interface FileOptions {
	/** A demonstration request written by the seed (README "Demo accounts"). */
	illustrative?: boolean;
}

export async function fileRequest(db: AtlasDb, input: NewRequestInput, context: ChangeContext, options: FileOptions = {}): Promise<Outcome<{ id: number }>> {
	const community = await communities.find(db, input.csduid);
	if (!community) {
		return refuse(422, [fieldError('csduid', `no Ontario community has the code ${input.csduid}.`, `aucune collectivité de l’Ontario n’a le code ${input.csduid}.`)]);
	}
	// The flag's level and reason codes carry no caseload count, so no clearance is needed to keep them.
	const flag = await flagFor(db, input.csduid, NOBODY_CLEARED);
	// An OPP regional team files for the communities it answers for: the coverage engine's responder.
	const unit = regionalUnitOf(context.actor);
	if (unit !== null && !mayFile(context.actor, community.police_service_id, flag?.community.responder_id ?? null)) {
		return refuse(403, [
			fieldError(
				'csduid',
				`${community.name} is not answered by your OPP regional team${flag ? ` (its responder is ${flag.community.responder_name.en})` : ''}; your account files requests for the communities your team answers for only.`,
				`${community.name_fr} n’est pas desservie par votre équipe régionale de la PPO${flag ? ` (son répondant est ${flag.community.responder_name.fr})` : ''}; votre compte ne dépose des demandes que pour les collectivités que votre équipe dessert.`
			)
		]);
	}
	if (unit === null && !mayFile(context.actor, community.police_service_id)) {
		return refuse(403, [
			fieldError(
				'csduid',
				`${community.name} is policed by ${community.police_service_name}; your account files requests for its own police service’s communities only.`,
				`${community.name_fr} est desservie par ${community.police_service_name_fr}; votre compte ne dépose des demandes que pour les collectivités de son propre service de police.`
			)
		]);
	}
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
				status_changed_at: context.now,
				reporting_unit_id: unit,
				illustrative: options.illustrative ?? false
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
			after: { ...input, police_service_id: community.police_service_id, reporting_unit_id: unit, illustrative: options.illustrative ?? false, status: 'submitted' },
			client_address: context.client_address,
			at: context.now
		});
		return row.id;
	});
	return { ok: true, value: { id } };
}
