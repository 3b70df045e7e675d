/**
 * Standardising features (z-scores) so that each counts alike in a distance, whatever its unit: a
 * difference of one standard deviation in population weighs as much as one in referral rate.
 *
 * z = (x − mean) / SD over the services with a known value, SD being the population standard deviation
 * (divide by n: the services are the whole population compared, not a sample). An unknown value gets
 * z = 0, the mean, so it neither pulls a service towards nor away from any other; a feature on which all
 * services are equal (SD 0) gets z = 0 everywhere and drops out.
 */

/** Column-wise z-scores of rows of feature values (null: unknown). Every row must have the same length. */
export function standardise(rows: readonly (readonly (number | null)[])[]): number[][] {
	const width = rows[0]?.length ?? 0;
	const means: number[] = [];
	const deviations: number[] = [];
	for (let column = 0; column < width; column++) {
		const known = rows.map((row) => row[column]).filter((value): value is number => value !== null && value !== undefined);
		const mean = known.length > 0 ? known.reduce((sum, value) => sum + value, 0) / known.length : 0;
		const variance = known.length > 0 ? known.reduce((sum, value) => sum + (value - mean) ** 2, 0) / known.length : 0;
		means.push(mean);
		deviations.push(Math.sqrt(variance));
	}
	return rows.map((row) => {
		if (row.length !== width) throw new Error(`Expected ${width} feature values, got ${row.length}`);
		return row.map((value, column) => {
			const sd = deviations[column] ?? 0;
			return value === null || !(sd > 0) ? 0 : (value - (means[column] ?? 0)) / sd;
		});
	});
}
