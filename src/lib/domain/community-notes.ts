/**
 * What a community page says about its jurisdiction and its children estimate. Pure.
 *
 * - Jurisdiction notes come from the compiled reference data (data/reference/jurisdictions.csv), where
 *   some end with a reminder to the compilers ("…; verify"). Readers get the fact, not the to-do: the
 *   assignment's confidence already says how sure it is.
 * - Children 0–17 are estimated as population × a share: Ontario's 19.5 % (Statistics Canada, 2021
 *   Census, ages 0–17) for most communities, an assumed, higher share for First Nations reserves
 *   (domain.md §3). The note names the share that applies.
 */

/** Ontario's share of children aged 0–17 in the 2021 Census. */
export const ONTARIO_CHILD_SHARE = 0.195;

/** The note without its internal "verify" clauses; null when nothing is left. */
export function publicJurisdictionNote(note: string | null): string | null {
	if (!note) return null;
	const kept = note
		.split(';')
		.map((clause) => clause.trim())
		.filter((clause) => clause && !/^verify\b/i.test(clause));
	return kept.length ? kept.join('; ') : null;
}

/** Which children-estimate note applies to a community's share. */
export function childrenShareBasis(share: number): 'ontario' | 'assumed' {
	return Math.abs(share - ONTARIO_CHILD_SHARE) < 1e-9 ? 'ontario' : 'assumed';
}
