/** ICE staffing and forensic backlog per reporting unit and fiscal quarter (ice_quarter). */
import { quarterKind } from './quarter';

export const capacity = quarterKind('capacity');
