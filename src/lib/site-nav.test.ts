import { describe, expect, it } from 'vitest';
import { en } from './i18n/en';
import { fr } from './i18n/fr';
import { ACCOUNT_NAV, MAIN_NAV, navLabel } from './site-nav';

describe('site links', () => {
	it('word every link in both languages, each link differently', () => {
		const links = [...MAIN_NAV, ...ACCOUNT_NAV];
		expect(links.length).toBeGreaterThan(0);
		for (const t of [en, fr]) {
			const labels = links.map((link) => navLabel(link.href, t));
			for (const label of labels) expect(label.trim()).not.toBe('');
			expect(new Set(labels).size).toBe(links.length);
		}
		expect(navLabel('/gaps', en)).toBe(en.nav.gaps);
		expect(navLabel('/gaps', fr)).toBe(fr.nav.gaps);
		expect(navLabel('/audit', fr)).toBe(fr.auth.auditLog);
	});
});
