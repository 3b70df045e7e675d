import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DataTable from './DataTable.svelte';
import type { DataColumn } from './data-table';

interface Row {
	id: string;
	name: string;
	count: number;
}

const ROWS: Row[] = [
	{ id: 'a', name: 'Attawapiskat', count: 12 },
	{ id: 'b', name: 'Bearskin Lake', count: 3 }
];
const COLUMNS: DataColumn<Row>[] = [
	{ header: 'Community', cell: (row) => row.name, href: (row) => `/communities/${row.id}`, sortKey: 'name' },
	{ header: 'Referrals', numeric: true, cell: (row) => String(row.count), sortKey: 'count' }
];

/** The markup with Svelte's hydration comments left out, so assertions read like the page. */
function html(body: string): string {
	return body.replace(/<!--[^>]*-->/g, '');
}

describe('DataTable', () => {
	it('captions the table for screen readers and scopes every header', () => {
		const body = html(render(DataTable<Row>, { props: { caption: 'Referrals by community', columns: COLUMNS, rows: ROWS, key: (row: Row) => row.id, testid: 't' } }).body);
		expect(body).toContain('<caption class="ontario-show-for-sr">Referrals by community</caption>');
		expect(body).toContain('data-testid="t"');
		expect(body).toContain('<th scope="col">Community</th>');
		expect(body).toContain('<th scope="col" class="num">Referrals</th>');
		// The first column heads its row; numbers are right-aligned cells.
		expect(body).toContain('<th scope="row"><a href="/communities/a">Attawapiskat</a></th>');
		expect(body).toContain('<td class="num">3</td>');
		expect(body.match(/<tr/g)).toHaveLength(3);
	});

	it('shows the caption on screen when asked, and gives rows their attributes', () => {
		const body = html(
			render(DataTable<Row>, {
				props: { caption: 'Visible', captionVisible: true, columns: COLUMNS, rows: ROWS, rowAttributes: (row: Row) => ({ 'data-id': row.id }), spaced: true }
			}).body
		);
		expect(body).toContain('<caption>Visible</caption>');
		expect(body).toContain('<tr data-id="b">');
		expect(body).toContain('atlas-table-wrap--spaced');
	});

	it('turns headers into sort links that keep the other parameters and say the current order', () => {
		const sort = { spec: { key: 'count', direction: 'asc' as const }, query: { q: 'lake' }, sortByTemplate: 'Sort by {column}' };
		const body = html(render(DataTable<Row>, { props: { caption: 'Sorted', columns: COLUMNS, rows: ROWS, sort } }).body);
		expect(body).toContain('aria-sort="ascending"');
		expect(body).toContain('href="?q=lake&amp;sort=count&amp;dir=desc"');
		expect(body).toContain('href="?q=lake&amp;sort=name&amp;dir=asc"');
		expect(body).toContain('aria-label="Sort by Referrals"');
	});

	it('lets a row snippet write the cells of each row', () => {
		const row = createRawSnippet((item: () => Row) => ({ render: () => `<td>${item().name.toUpperCase()}</td>` }));
		const body = html(render(DataTable<Row>, { props: { caption: 'Snippet', columns: [{ header: 'Name' }], rows: ROWS, row } }).body);
		expect(body).toContain('<td>ATTAWAPISKAT</td>');
		expect(body).toContain('<td>BEARSKIN LAKE</td>');
		expect(body).not.toContain('scope="row"');
	});

	it('lets a head snippet write grouped header rows, adds table classes and can leave out the scrolling region', () => {
		const head = createRawSnippet(() => ({
			render: () => '<tr><th scope="colgroup" colspan="2">Both</th></tr>'
		}));
		const body = html(render(DataTable<Row>, { props: { caption: 'Grouped', rows: ROWS, head, tableClass: 'peers', scroll: false, rowHeader: false, columns: COLUMNS } }).body);
		expect(body).toContain('<table class="atlas-table peers">');
		expect(body).toContain('<thead><tr><th scope="colgroup" colspan="2">Both</th></tr></thead>');
		// The head snippet replaces the column headers; the columns still draw the cells.
		expect(body).not.toContain('scope="col"');
		expect(body).toContain('<td class="num">12</td>');
		expect(body).not.toContain('atlas-table-wrap');
	});

	it('makes a column header a link when the column is about one thing', () => {
		const columns: DataColumn<Row>[] = [{ header: 'Name', cell: (row) => row.name }, { header: 'Scenario A', headerHref: '/allocations/1', numeric: true, cell: (row) => String(row.count) }];
		const body = html(render(DataTable<Row>, { props: { caption: 'Linked', columns, rows: ROWS } }).body);
		expect(body).toContain('<th scope="col" class="num"><a href="/allocations/1">Scenario A</a></th>');
		expect(body).toContain('<th scope="col">Name</th>');
	});
});
