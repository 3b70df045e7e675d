import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { textContext } from '$lib/i18n/context';
import { en } from '$lib/i18n/en';
import { fr } from '$lib/i18n/fr';
import StreamPageHeader from './StreamPageHeader.svelte';

describe('StreamPageHeader', () => {
	it('titles the page and the document, links back to the overview, and says when figures are illustrative', () => {
		const page = render(StreamPageHeader, { props: { title: en.streams.training.title, intro: en.streams.training.intro, illustrative: true }, context: textContext(en, 'en') });
		expect(page.head).toContain(`<title>${en.streams.training.title} – ${en.app.title}</title>`);
		expect(page.body).toContain(`<a href="/streams">${en.streams.title}</a>`);
		expect(page.body).toContain(`<h1>${en.streams.training.title}</h1>`);
		expect(page.body).toContain(en.streams.illustrative);
	});

	it('leaves the badge out for real figures and says the page note in the reader language', () => {
		const children = createRawSnippet(() => ({ render: () => `<p>${fr.streams.registry.plannerOnly}</p>` }));
		const body = render(StreamPageHeader, { props: { title: fr.streams.registry.title, intro: fr.streams.registry.intro, illustrative: false, children }, context: textContext(fr, 'fr') }).body;
		expect(body).toContain(`<p>${fr.streams.registry.plannerOnly}</p>`);
		expect(body).toContain(`<a href="/streams">${fr.streams.title}</a>`);
		expect(body).not.toContain(fr.streams.illustrative);
	});
});
