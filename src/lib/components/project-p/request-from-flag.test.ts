import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { textContext } from '$lib/i18n/context';
import { messages } from '$lib/i18n/messages';
import RequestFromFlag from './RequestFromFlag.svelte';

const en = textContext(messages('en'), 'en');
const fr = textContext(messages('fr'), 'fr');

describe('RequestFromFlag', () => {
	it('links a flagged community to its pre-filled draft, in the reader’s language', () => {
		const { body } = render(RequestFromFlag, { props: { csduid: '3560077', recommended: true, allowed: true }, context: fr });
		expect(body).toContain('href="/project-p/requests/new?csduid=3560077"');
		expect(body).toContain('Demander l’aide du Projet P');
	});

	it('links a flagged service to the choice of its flagged communities', () => {
		const { body } = render(RequestFromFlag, { props: { serviceId: 'naps', recommended: true, allowed: true }, context: en });
		expect(body).toContain('href="/project-p/requests/new?service=naps"');
	});

	it('renders nothing without the flag, or for a reader who may not file', () => {
		expect(render(RequestFromFlag, { props: { csduid: '3560077', recommended: false, allowed: true }, context: en }).body).not.toContain('<a');
		expect(render(RequestFromFlag, { props: { csduid: '3560077', recommended: true, allowed: false }, context: en }).body).not.toContain('<a');
	});
});
