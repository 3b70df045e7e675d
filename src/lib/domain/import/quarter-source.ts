/**
 * The `source` text of imported rows (issue 9: "import #<id> <file name> by <user>"). An
 * ice_quarter row whose halves come from different places names each half, so a row whose
 * capacity was imported but whose caseload is still illustrative never reads as all real.
 */

export interface ImportLabel {
	id: number;
	file_name: string;
	username: string;
}

export function importLabel(label: ImportLabel): string {
	return `import #${label.id} ${label.file_name} by ${label.username}`;
}

/** `labelOf(id)` names another import (the other half's); null ids are the seed's illustrative figures. */
export function quarterSource(capacityImportId: number | null, caseloadImportId: number | null, labelOf: (id: number) => string): string {
	if (capacityImportId !== null && capacityImportId === caseloadImportId) return labelOf(capacityImportId);
	const half = (id: number | null) => (id === null ? 'illustrative' : labelOf(id));
	return `capacity: ${half(capacityImportId)}; caseload: ${half(caseloadImportId)}`;
}
