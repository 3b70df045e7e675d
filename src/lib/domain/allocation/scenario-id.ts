/** Scenario ids in URLs and forms: positive whole numbers within PostgreSQL's `integer`. */
const MAX_ID = 2_147_483_647;

export function scenarioId(text: string | null | undefined): number | null {
	if (!text || !/^[1-9]\d{0,9}$/.test(text)) return null;
	const id = Number(text);
	return id <= MAX_ID ? id : null;
}

/** `?ids=3,7` or `?ids=3&ids=7`: two or three distinct ids in the order given, or null. */
export function comparedIds(values: readonly string[]): number[] | null {
	const ids: number[] = [];
	for (const part of values.flatMap((value) => value.split(','))) {
		const id = scenarioId(part.trim());
		if (id === null) return null;
		if (!ids.includes(id)) ids.push(id);
	}
	return ids.length >= 2 && ids.length <= 3 ? ids : null;
}
