/**
 * What the illustrative generator starts from: the public facts per reporting unit (a police service,
 * or one of the OPP's five regional teams; data/reference/reporting-units.csv) and the run settings.
 */
import type { PeriodKey } from '../../src/lib/domain/period';

export type ServiceKind = 'municipal' | 'opp' | 'first_nations';

export interface IllustrativeService {
	/** Reporting-unit id: the police service's id, or `opp-<region>` for an OPP regional team. */
	id: string;
	/** The police service the unit belongs to (`opp` for the regional teams). */
	serviceId: string;
	kind: ServiceKind;
	/** OPP region of all its CSDs; null when they span regions. */
	oppRegion: string | null;
	iceStrategyMember: boolean;
	/** Latest published sworn strength, or null when none was found (always null for an OPP team). */
	swornOfficers: number | null;
	/** Population covered (reserves without a census count imputed, see service-coverage.ts). */
	population: number;
	/** Estimated children 0-17 covered. */
	children: number;
	/** Estimated children 0-17 covered, by the OPP region the communities lie in. */
	childrenByRegion: ReadonlyMap<string, number>;
}

export interface IllustrativeSettings {
	/** The documented seed; every random draw derives from it. */
	seed: string;
	/** The quarters to generate, in order. */
	periods: readonly PeriodKey[];
	/**
	 * Estimated children in all of Ontario. The provincial rate is divided by this constant, not by
	 * the sum over the services given, so each service's figures do not depend on the others.
	 */
	ontarioChildren: number;
}
