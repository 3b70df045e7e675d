/**
 * What the illustrative generator starts from: the public facts per police service (kind, OPP
 * region, ICE Strategy membership, sworn strength where published, population and children
 * covered) and the run settings.
 */
import type { PeriodKey } from '../../src/lib/domain/period';

export type ServiceKind = 'municipal' | 'opp' | 'first_nations';

export interface IllustrativeService {
	id: string;
	kind: ServiceKind;
	/** OPP region of all its CSDs; null when they span regions. */
	oppRegion: string | null;
	iceStrategyMember: boolean;
	/** Latest published sworn strength, or null when none was found. */
	swornOfficers: number | null;
	/** Population covered (reserves without a census count imputed, see service-coverage.ts). */
	population: number;
	/** Estimated children 0-17 covered. */
	children: number;
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
