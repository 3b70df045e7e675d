import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { textContext } from '$lib/i18n/context';
import { messages } from '$lib/i18n/messages';
import RequestHistory from './RequestHistory.svelte';
import type { RequestHistoryItem } from '$lib/domain/project-p/request-history';

const ITEM: RequestHistoryItem = {
	id: 7,
	csduid: '3560077',
	community_name: 'Pikangikum 14',
	community_name_fr: 'Pikangikum 14',
	kind: 'forensic_examination',
	urgency: 'high',
	status: 'assigned',
	filed_utc: '2026-11-29 04:37',
	changed_utc: '2026-11-29 05:02'
};

describe('RequestHistory', () => {
	it('lists requests with their status and a link to each', () => {
		const { body } = render(RequestHistory, { props: { requests: [ITEM], showCommunity: true }, context: textContext(messages('en'), 'en') });
		expect(body).toContain('href="/project-p/requests/7"');
		expect(body).toContain('Request 7');
		expect(body).toContain('Forensic examination');
		expect(body).toContain('data-status="assigned"');
		expect(body).toContain('<time datetime="2026-11-29T04:37Z">2026-11-29 04:37</time>');
	});

	it('says so when there is none, and shows nothing to readers who may see no request', () => {
		expect(render(RequestHistory, { props: { requests: [] }, context: textContext(messages('fr'), 'fr') }).body).toContain('Aucune demande au Projet P');
		expect(render(RequestHistory, { props: { requests: [ITEM], visible: false }, context: textContext(messages('en'), 'en') }).body).not.toContain('Project P');
	});
});
