import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { textContext } from '$lib/i18n/context';
import { en } from '$lib/i18n/en';
import { fr } from '$lib/i18n/fr';
import { pageText } from '$lib/i18n/messages';
import { LAYOUT_SECTIONS } from '$lib/i18n/sections';
import SiteFooter from './SiteFooter.svelte';
import StaleDataNotice from './StaleDataNotice.svelte';

describe('text from context', () => {
	it('renders the footer in the language the context carries', () => {
		const english = render(SiteFooter, { context: textContext(en, 'en') }).body;
		const french = render(SiteFooter, { context: textContext(fr, 'fr') }).body;
		expect(english).toContain(en.app.footerAttribution);
		expect(french).toContain(fr.app.footerAttribution);
		expect(en.app.footerAttribution).not.toBe(fr.app.footerAttribution);
		expect(english).not.toContain('undefined');
		expect(french).not.toContain('undefined');
	});

	it('fills templates from the context dictionary', () => {
		const notice = { period: '2025-Q4' as const, label_en: 'Q4 2025', label_fr: '4e trimestre 2025', ended: '2025-12-31' };
		const body = render(StaleDataNotice, { props: { notice, locale: 'fr' }, context: textContext(fr, 'fr') }).body;
		expect(body).toContain('4e trimestre 2025');
		expect(body).toContain('2025-12-31');
		expect(body).not.toContain('{period}');
	});

	it('fails loudly when no layout provided the dictionary', () => {
		// The render runs when its body is read.
		expect(() => render(SiteFooter).body).toThrow(/provideText/);
	});

	it('renders from the sections the root layout sends', () => {
		const body = render(SiteFooter, { context: textContext(pageText('fr', LAYOUT_SECTIONS), 'fr') }).body;
		expect(body).toContain(fr.app.footerAttribution);
	});

	it('throws, naming the section, when a component reads a section the page did not load', () => {
		// The footer reads `app`; a page that sent only `map` must fail, not print "undefined".
		expect(() => render(SiteFooter, { context: textContext(pageText('en', ['map']), 'en') }).body).toThrow(/"app" is not loaded/);
	});
});
