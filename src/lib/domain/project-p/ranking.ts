/**
 * "Which requests come first?" (domain.md §2, the OPP coordinator's question; issue 7, deliverable 4).
 * Requests are ordered by, in turn:
 *   1. urgency, as filed, raised one step once a request has waited long (routine after 60 days, high
 *      after 30), so a routine request is never starved by a stream of newer high ones;
 *   2. the community's coverage gap level now (critical first; coverage/levels.ts);
 *   3. children affected (the community's children 0–17; more first, unknown last);
 *   4. waiting time since filing (longer first);
 *   5. the request id, so the order never depends on input order.
 * The escalation thresholds are a policy choice, shown on the queue page; the clock is the caller's `now`.
 */
import { levelRank } from '../coverage/levels';
import { URGENCIES, type Urgency } from './vocabulary';
import type { Level } from '../vocabulary';

export const ESCALATE_AFTER_DAYS: { readonly [U in Exclude<Urgency, 'urgent'>]: number } = { routine: 60, high: 30 };
const DAY_MS = 86_400_000;

export interface RankInput {
	id: number;
	urgency: Urgency;
	/** The community's gap level in the latest quarter; null when no coverage is computed. */
	level: Level | null;
	children: number | null;
	filed_at: Date;
}

export interface RankedRequest<T extends RankInput> {
	request: T;
	/** 1 = first. */
	rank: number;
	effective_urgency: Urgency;
	escalated: boolean;
	/** Whole days since filing (0 on the day of filing). */
	waiting_days: number;
}

export function waitingDays(filedAt: Date, now: Date): number {
	return Math.max(0, Math.floor((now.getTime() - filedAt.getTime()) / DAY_MS));
}

export function effectiveUrgency(urgency: Urgency, waiting: number): Urgency {
	if (urgency === 'urgent' || waiting < ESCALATE_AFTER_DAYS[urgency]) return urgency;
	return urgency === 'routine' ? 'high' : 'urgent';
}

const urgencyRank = (urgency: Urgency) => URGENCIES.indexOf(urgency);

export function rankRequests<T extends RankInput>(requests: readonly T[], now: Date): RankedRequest<T>[] {
	return requests
		.map((request) => {
			const waiting = waitingDays(request.filed_at, now);
			const effective = effectiveUrgency(request.urgency, waiting);
			return { request, rank: 0, effective_urgency: effective, escalated: effective !== request.urgency, waiting_days: waiting };
		})
		.sort(
			(a, b) =>
				urgencyRank(b.effective_urgency) - urgencyRank(a.effective_urgency) ||
				(b.request.level === null ? -1 : levelRank(b.request.level)) - (a.request.level === null ? -1 : levelRank(a.request.level)) ||
				(b.request.children ?? -1) - (a.request.children ?? -1) ||
				a.request.filed_at.getTime() - b.request.filed_at.getTime() ||
				a.request.id - b.request.id
		)
		.map((entry, index) => ({ ...entry, rank: index + 1 }));
}
