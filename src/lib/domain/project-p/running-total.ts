/**
 * Asked and assigned in one unit, FTE-weeks (one full-time person for one week): a request's running
 * total is the sum of its assignments' FTE-weeks against what was asked, summed in tenths of a week
 * (the precision both are kept in) so that 0.1 + 0.2 adds up exactly.
 */
export interface RunningTotal {
	assigned_fte_weeks: number;
	asked_fte_weeks: number | null;
	/** Asked minus assigned, never below zero; null when nothing was asked. */
	outstanding_fte_weeks: number | null;
	/** Assigned / asked, 0–1 and beyond when more was assigned than asked; null when nothing was asked. */
	share: number | null;
}

const tenths = (weeks: number) => Math.round(weeks * 10);

export function runningTotal(asked: number | null, assignedWeeks: readonly number[]): RunningTotal {
	const assigned = assignedWeeks.reduce((sum, weeks) => sum + tenths(weeks), 0);
	if (asked === null) return { assigned_fte_weeks: assigned / 10, asked_fte_weeks: null, outstanding_fte_weeks: null, share: null };
	return {
		assigned_fte_weeks: assigned / 10,
		asked_fte_weeks: asked,
		outstanding_fte_weeks: Math.max(0, tenths(asked) - assigned) / 10,
		share: tenths(asked) === 0 ? null : assigned / tenths(asked)
	};
}
