/**
 * Column descriptions for DataTable.svelte: the header a reader sees, whether the column holds
 * numbers (right-aligned, so digits line up: WCAG technique C39 keeps alignment in CSS), an optional
 * sort key, and how a cell turns into text when the table draws its rows itself.
 */
import type { SortSpec } from '$lib/domain/table-sort';

export interface DataColumn<Row> {
	header: string;
	numeric?: boolean;
	/** Makes the header a link to what the column is about (a scenario, a service). */
	headerHref?: string;
	/** Makes the header a sort link; needs the table's `sort`. */
	sortKey?: string;
	/** The cell as text; leave out when the table's `row` snippet draws the cells. */
	cell?: (row: Row) => string;
	/** Makes the cell a link. */
	href?: (row: Row) => string;
}

/** The sort in the URL and what a sort link keeps (search query, filters). */
export interface TableSort {
	spec: SortSpec<string>;
	query: Record<string, string>;
	sortByTemplate: string;
}
