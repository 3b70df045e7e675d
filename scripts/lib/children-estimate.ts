/**
 * Children (0-17) per community, estimated as population × a documented share, because no
 * per-CSD age table is at hand (shared/data/geo/PROVENANCE.md). Real counts replace these by
 * import; every figure derived here is labelled an estimate.
 *
 * Shares (see data/README.md, "Children estimate"):
 * - 0.195 for every CSD except First Nations reserves: Ontario's 0-17 share in the 2021 Census is
 *   about 19-20 % (Statistics Canada, 2021 Census age tables, Ontario).
 * - 0.30 for Indian reserves (CSD type IRI): First Nations populations on reserve are markedly
 *   younger (2021 Census: median age of First Nations people on reserve well below the provincial
 *   one); the value is uncertain and documented as such.
 */

export const CHILDREN_SHARE_DEFAULT = 0.195;
export const CHILDREN_SHARE_RESERVE = 0.3;

/** Statistics Canada CSD type code of an Indian reserve. */
export const RESERVE_CSD_TYPE = 'IRI';

export function childrenShare(csdType: string): number {
	return csdType === RESERVE_CSD_TYPE ? CHILDREN_SHARE_RESERVE : CHILDREN_SHARE_DEFAULT;
}

/** Rounded estimate; null when the population itself is not available (never 0 in its place). */
export function childrenEstimate(population: number | null, share: number): number | null {
	return population === null ? null : Math.round(population * share);
}
