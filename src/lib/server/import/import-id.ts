/** An import id from a route parameter: a positive integer within int4, else null (a 400). */
export function importId(text: string | undefined): number | null {
	if (text === undefined || !/^[1-9]\d{0,9}$/.test(text)) return null;
	const id = Number(text);
	return id <= 2_147_483_647 ? id : null;
}
