import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import FormField from './FormField.svelte';
import SelectField from './SelectField.svelte';

/** The opening tag of the first element with that name, attributes and all. */
function tag(body: string, name: string): string {
	const match = new RegExp(`<${name}\\b[^>]*>`).exec(body);
	if (!match) throw new Error(`no <${name}> in ${body}`);
	return match[0];
}

describe('FormField', () => {
	it('ties its label to the input and leaves an untouched field valid and undescribed', () => {
		const body = render(FormField, { props: { id: 'f-name', label: 'Name', name: 'name', value: 'Ada' } }).body;
		expect(body).toContain('<label class="ontario-label" for="f-name">Name</label>');
		const input = tag(body, 'input');
		expect(input).toContain('id="f-name"');
		expect(input).toContain('value="Ada"');
		expect(input).not.toContain('aria-invalid');
		expect(input).not.toContain('aria-describedby');
	});

	it('describes the input by its error, then its hint, and marks it invalid', () => {
		const body = render(FormField, { props: { id: 'f-w', label: 'Workload', name: 'w', hint: 'Between 1 and 5.', error: 'Too large.' } }).body;
		const input = tag(body, 'input');
		expect(input).toContain('aria-describedby="f-w-error f-w-hint"');
		expect(input).toContain('aria-invalid="true"');
		expect(body).toMatch(/<p[^>]*id="f-w-hint"[^>]*>Between 1 and 5\.<\/p>/);
		expect(body).toMatch(/<p[^>]*id="f-w-error"[^>]*>Too large\.<\/p>/);
		// Without `alert` the error waits for the page's summary to be read.
		expect(body).not.toContain('role="alert"');
	});

	it('announces the error itself when asked (forms without a summary)', () => {
		const body = render(FormField, { props: { id: 'f-u', label: 'Username', error: 'Taken.', alert: true } }).body;
		expect(body).toMatch(/<p[^>]*id="f-u-error"[^>]*role="alert"[^>]*>Taken\.<\/p>/);
	});

	it('marks the input invalid without a message of its own when the error is told above the form', () => {
		const input = tag(render(FormField, { props: { id: 'f-p', label: 'Password', invalid: true } }).body, 'input');
		expect(input).toContain('aria-invalid="true"');
		expect(input).not.toContain('aria-describedby');
	});

	it('draws a textarea holding the typed text when given rows', () => {
		const body = render(FormField, { props: { id: 'f-d', label: 'Description', name: 'description', rows: 4, maxlength: 200, value: 'typed <b>text</b>', hint: 'No names.' } }).body;
		expect(body).not.toContain('<input');
		const textarea = tag(body, 'textarea');
		expect(textarea).toContain('rows="4"');
		expect(textarea).toContain('maxlength="200"');
		expect(textarea).toContain('aria-describedby="f-d-hint"');
		expect(body).toContain('typed &lt;b>text&lt;/b></textarea>');
	});
});

describe('SelectField', () => {
	it('lists an empty first choice, then the options, with the current one selected', () => {
		const body = render(SelectField, {
			props: { id: 's-r', name: 'region', label: 'Region', empty: 'Any', selected: 'north_west', options: [{ value: 'west', label: 'West' }, { value: 'north_west', label: 'North West' }] }
		}).body;
		expect(tag(body, 'select')).toContain('id="s-r"');
		const options = [...body.matchAll(/<option\b([^>]*)>([^<]*)<\/option>/g)].map(([, attributes, label]) => ({ label, selected: (attributes ?? '').includes('selected') }));
		expect(options).toEqual([
			{ label: 'Any', selected: false },
			{ label: 'West', selected: false },
			{ label: 'North West', selected: true }
		]);
	});
});
