import { describe, expect, it } from 'vitest';
import { DatabaseHealth, isConnectionError } from './health';

function withCode(message: string, code: string): Error {
	return Object.assign(new Error(message), { code });
}

describe('isConnectionError', () => {
	it('knows lost connections from wrong queries', () => {
		expect(isConnectionError(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
		expect(isConnectionError(withCode('terminating connection due to administrator command', '57P01'))).toBe(true);
		expect(isConnectionError(withCode('the database system is starting up', '57P03'))).toBe(true);
		expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
		expect(isConnectionError(withCode('duplicate key value violates unique constraint', '23505'))).toBe(false);
		expect(isConnectionError(withCode('syntax error at or near "selec"', '42601'))).toBe(false);
		expect(isConnectionError('ECONNREFUSED')).toBe(false);
	});
});

describe('DatabaseHealth', () => {
	it('reports an outage once however many failures, probes, and reports the return once', async () => {
		const lines: string[] = [];
		let reachable = false;
		const health = new DatabaseHealth({
			report: (line) => lines.push(line),
			probe: () => (reachable ? Promise.resolve() : Promise.reject(new Error('still down'))),
			probeIntervalMs: 10
		});
		for (let i = 0; i < 100; i += 1) health.failed(`connection refused ${i}`);
		expect(health.status).toMatchObject({ up: false, reason: 'connection refused 0' });
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(health.status.up).toBe(false);
		reachable = true;
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(health.status).toEqual({ up: true });
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^database unavailable: connection refused 0/);
		expect(lines[1]).toMatch(/^database available again after \d+ s$/);
		health.close();
	});

	it('is silent once closed (the process is stopping)', () => {
		const lines: string[] = [];
		const health = new DatabaseHealth({ report: (line) => lines.push(line), probe: () => Promise.resolve() });
		health.close();
		health.failed('terminating connection due to administrator command');
		expect(lines).toEqual([]);
		expect(health.status).toEqual({ up: true });
	});
});
