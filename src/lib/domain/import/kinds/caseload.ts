/**
 * Referrals, investigations, charges, victims, backlog and files sent to Project P per reporting
 * unit and fiscal quarter (ice_quarter). A caseload row that leaves capacity empty takes it from
 * the unit's latest quarter (plausibility.ts), which the preview states.
 */
import { quarterKind } from './quarter';

export const caseload = quarterKind('caseload');
