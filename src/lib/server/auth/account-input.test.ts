import { describe, expect, it } from 'vitest';
import { parseNewAccount, parsePasswordReset } from './account-input';
import { DEFAULT_DEMO_PASSWORD } from './demo-users';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.set(name, value);
	return data;
}

const account = { username: 'new-analyst', display_name: 'New Analyst', role: 'viewer', police_service_id: '' };

describe('new passwords', () => {
	it.each(['aaaaaaaaaaaa', 'password1234', 'qwertyuiop12', '123456789012'])('refuses %s as too easy to guess', (password) => {
		expect(parseNewAccount(form({ ...account, password }))).toEqual({ ok: false, errors: { password: 'weakPassword' } });
		expect(parsePasswordReset(form({ id: '7', password }))).toEqual({ ok: false, errors: { password: 'weakPassword' } });
	});

	it('refuses a password made of the account’s own names', () => {
		expect(parseNewAccount(form({ ...account, password: 'new-analyst-2026' }))).toMatchObject({ ok: false, errors: { password: 'weakPassword' } });
	});

	it('accepts a phrase of unrelated words, and the demo password', () => {
		expect(parseNewAccount(form({ ...account, password: 'quiet river lantern orbit' }))).toMatchObject({ ok: true });
		expect(parsePasswordReset(form({ id: '7', password: DEFAULT_DEMO_PASSWORD }))).toEqual({ ok: true, value: { id: 7, password: DEFAULT_DEMO_PASSWORD } });
	});

	it('checks the length before the strength', () => {
		expect(parseNewAccount(form({ ...account, password: 'short' }))).toEqual({ ok: false, errors: { password: 'password' } });
		expect(parseNewAccount(form({ ...account, password: 'x'.repeat(129) }))).toEqual({ ok: false, errors: { password: 'password' } });
	});
});

describe('OPP regional accounts', () => {
	const password = 'quiet river lantern orbit';

	it('needs one of the five regions and belongs to the OPP, whatever service was chosen', () => {
		expect(parseNewAccount(form({ ...account, role: 'opp_region', password }))).toEqual({ ok: false, errors: { opp_region: 'regionRequired' } });
		expect(parseNewAccount(form({ ...account, role: 'opp_region', opp_region: 'Nowhere', password }))).toMatchObject({ ok: false, errors: { opp_region: 'regionRequired' } });
		expect(parseNewAccount(form({ ...account, role: 'opp_region', opp_region: 'North West', police_service_id: 'toronto', password }))).toMatchObject({
			ok: true,
			value: { role: 'opp_region', police_service_id: 'opp', opp_region: 'North West' }
		});
	});

	it('drops a region given to any other role', () => {
		expect(parseNewAccount(form({ ...account, opp_region: 'West', password }))).toMatchObject({ ok: true, value: { role: 'viewer', police_service_id: null, opp_region: null } });
	});
});
