/**
 * Accent- and case-insensitive matching for community and service names: "sault ste marie" finds
 * "Sault Ste. Marie", "grand sudbury" finds "Greater Sudbury / Grand Sudbury", "riviere" finds
 * "Rivière". Unicode NFD splits accented letters into base letter + combining mark, which we drop.
 */
export function normalizeForSearch(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The text a community is found by: its English and French names together. */
export function searchKey(...names: string[]): string {
	return normalizeForSearch([...new Set(names)].join(' '));
}

export function matchesSearch(key: string, query: string): boolean {
	const needle = normalizeForSearch(query);
	return needle === '' || key.includes(needle);
}
