/**
 * Nobody over-assigned (issue 7, deliverable 4): in any quarter, the FTE a roster member is assigned to
 * open requests (assigned or active) never exceeds the FTE they are available for in that quarter.
 * Pure: the server locks the members' availability rows, loads these figures and asks before writing
 * (server/project-p/assign.ts). FTEs are compared in hundredths, the precision the database stores
 * (numeric(3, 2)), so 0.1 + 0.2 never reads as more than 0.3.
 */
import { formatNumber } from '../../format';
import type { MemberRole } from '../import/vocabulary';
import type { OppRegion } from '../vocabulary';
import type { AssignmentInput } from './transition-input';
import { fieldError, type FieldError } from './vocabulary';

/** One roster member in one quarter. */
export interface MemberQuarter {
	member_id: string;
	name: string;
	role: MemberRole;
	home_region: OppRegion;
	active: boolean;
	illustrative: boolean;
	/** Null: no availability recorded for the quarter (nothing can be assigned). */
	available_fte: number | null;
	/** Assigned to open requests in the quarter. */
	committed_fte: number;
}

/** A member in a quarter with what is left to assign. */
export interface MemberWorkload extends MemberQuarter {
	remaining_fte: number;
}

export type CapacityProblem = {
	index: number;
	member_id: string;
	reason: 'unknown_member' | 'inactive' | 'no_availability' | 'over_capacity';
	available: number;
	committed: number;
	asked: number;
};

const hundredths = (fte: number) => Math.round(fte * 100);

/** What is left to assign: availability less what is committed, never below 0. */
export function remainingFte(member: Pick<MemberQuarter, 'available_fte' | 'committed_fte'>): number {
	return Math.max(0, hundredths(member.available_fte ?? 0) - hundredths(member.committed_fte)) / 100;
}

export function checkCapacity(asks: readonly AssignmentInput[], members: ReadonlyMap<string, MemberQuarter>): CapacityProblem[] {
	return asks.flatMap((ask, index): CapacityProblem[] => {
		const member = members.get(ask.member_id);
		const base = { index, member_id: ask.member_id, asked: ask.fte, available: member?.available_fte ?? 0, committed: member?.committed_fte ?? 0 };
		if (!member) return [{ ...base, reason: 'unknown_member' }];
		if (!member.active) return [{ ...base, reason: 'inactive' }];
		if (member.available_fte === null || member.available_fte === 0) return [{ ...base, reason: 'no_availability' }];
		if (hundredths(member.committed_fte) + hundredths(ask.fte) > hundredths(member.available_fte)) return [{ ...base, reason: 'over_capacity' }];
		return [];
	});
}

/** Unknown members are bad input (422); the rest conflict with the roster as it stands (409). */
export function capacityStatus(problems: readonly CapacityProblem[]): 409 | 422 {
	return problems.some((p) => p.reason === 'unknown_member') ? 422 : 409;
}

const fte = (value: number, locale: 'en' | 'fr') => formatNumber(value, locale, 2);

/** Field errors naming each assignment, with the figures. */
export function capacityErrors(problems: readonly CapacityProblem[], period: string): FieldError[] {
	return problems.map((p) => {
		const at = `assignments[${p.index}]`;
		switch (p.reason) {
			case 'unknown_member':
				return fieldError(`${at}.member_id`, `${p.member_id} is not on the Project P roster.`, `${p.member_id} ne figure pas à l’effectif du Projet P.`);
			case 'inactive':
				return fieldError(`${at}.member_id`, `${p.member_id} is not active on the roster.`, `${p.member_id} n’est pas actif à l’effectif.`);
			case 'no_availability':
				return fieldError(`${at}.fte`, `${p.member_id} has no availability in ${period}.`, `${p.member_id} n’a aucune disponibilité en ${period}.`);
			case 'over_capacity': {
				const left = remainingFte({ available_fte: p.available, committed_fte: p.committed });
				return fieldError(
					`${at}.fte`,
					`${p.member_id} would be over-assigned in ${period}: ${fte(p.asked, 'en')} FTE asked, ${fte(left, 'en')} of ${fte(p.available, 'en')} FTE left.`,
					`${p.member_id} serait suraffecté en ${period} : ${fte(p.asked, 'fr')} ETP demandé, ${fte(left, 'fr')} ETP restant sur ${fte(p.available, 'fr')}.`
				);
			}
		}
	});
}

export interface RegionWorkload {
	region: OppRegion;
	members: number;
	available_fte: number;
	committed_fte: number;
	remaining_fte: number;
	/** Open requests for communities in the region. */
	open_requests: number;
}

/** Capacity and workload per OPP region for one quarter (active members only), in the regions' order. */
export function workloadByRegion(
	regions: readonly OppRegion[],
	members: readonly MemberQuarter[],
	openRequests: ReadonlyMap<string, number>
): RegionWorkload[] {
	return regions.map((region) => {
		const here = members.filter((m) => m.home_region === region && m.active);
		const available = here.reduce((sum, m) => sum + hundredths(m.available_fte ?? 0), 0);
		const committed = here.reduce((sum, m) => sum + hundredths(m.committed_fte), 0);
		return {
			region,
			members: here.length,
			available_fte: available / 100,
			committed_fte: committed / 100,
			remaining_fte: Math.max(0, available - committed) / 100,
			open_requests: openRequests.get(region) ?? 0
		};
	});
}
