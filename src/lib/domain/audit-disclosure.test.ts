import { describe, expect, it } from 'vitest';
import { discloseAuditContent } from './audit-disclosure';

const entry = (entity_type: string, after: unknown) => ({ entity_type, entity_id: '12', before: null, after: after as never });

describe('discloseAuditContent', () => {
	it('shows a planner every entry whole', () => {
		const shown = discloseAuditContent('planner', entry('project_p_request', { description: 'need', status: 'submitted' }));
		expect(shown).toMatchObject({ redacted: false, after: { description: 'need', status: 'submitted' } });
	});

	it('hides a new kind of entry from an administrator until it is listed', () => {
		const shown = discloseAuditContent('admin', entry('something_new', { amount_cents: 5, list: [1, 2] }));
		expect(shown).toMatchObject({ redacted: true, entity_id: '12', after: { amount_cents: { redacted: true }, list: { redacted: true } } });
	});

	it('redacts a value that is not an object whole, and hides a cleared service’s id', () => {
		expect(discloseAuditContent('admin', entry('project_p_request', 'free text')).after).toEqual({ redacted: true });
		expect(discloseAuditContent('admin', entry('police_service', { status: 'assigned' }))).toMatchObject({ entity_id: null, redacted: true, after: { status: 'assigned' } });
	});

	it('shows an administrator account entries whole, and anyone else nothing protected', () => {
		expect(discloseAuditContent('admin', entry('user', { role: 'chief' })).redacted).toBe(false);
		expect(discloseAuditContent('viewer', entry('user', { role: 'chief' })).after).toEqual({ role: { redacted: true } });
		expect(discloseAuditContent(null, entry('allocation_scenario', { name: 'A', amounts: { x: 1 } })).after).toEqual({ name: 'A', amounts: { redacted: true } });
	});
});
