import { describe, expect, it } from 'vitest';
import { ConfigurationError, databaseConfig, redactUrl } from './config';

describe('databaseConfig', () => {
	it('uses DATABASE_URL when set', () => {
		expect(databaseConfig({ DATABASE_URL: 'postgres://u:p@db.example:5432/atlas' })).toEqual({
			kind: 'external',
			url: 'postgres://u:p@db.example:5432/atlas'
		});
	});

	it('falls back to the embedded database in ATLAS_DATA_DIR', () => {
		const config = databaseConfig({ ATLAS_DATA_DIR: '/srv/atlas-data' });
		expect(config).toEqual({ kind: 'embedded', dataDir: '/srv/atlas-data' });
	});

	it.each([
		['not a url', /not a valid URL/],
		['mysql://u:p@host/db', /must start with postgres/],
		['postgres://u:p@host', /names no database/]
	])('rejects a malformed DATABASE_URL %s with one clear line', (url, message) => {
		expect(() => databaseConfig({ DATABASE_URL: url })).toThrow(ConfigurationError);
		expect(() => databaseConfig({ DATABASE_URL: url })).toThrow(message);
	});

	it('redacts passwords', () => {
		expect(redactUrl('postgres://atlas:secret@127.0.0.1:5432/atlas')).toBe('postgres://atlas:***@127.0.0.1:5432/atlas');
	});
});
