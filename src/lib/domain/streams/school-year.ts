/**
 * Ontario school years ('2024-25': September 2024 to June 2025), the period of the prevention stream.
 * A key, like PeriodKey for fiscal quarters, so URLs and the API can carry it as text.
 */
export type SchoolYear = `${number}-${number}`;

const PATTERN = /^(\d{4})-(\d{2})$/;

/** True for 'YYYY-YY' where the second year follows the first ('2024-25'; not '2024-26'). */
export function isSchoolYear(value: string): value is SchoolYear {
	const match = PATTERN.exec(value);
	if (!match) return false;
	const start = Number(match[1]);
	return (start + 1) % 100 === Number(match[2]);
}

export function schoolYear(startYear: number): SchoolYear {
	return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}` as SchoolYear;
}
