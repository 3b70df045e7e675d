/**
 * How the pipeline scripts fail: every problem on its own line, prefixed with the script's name,
 * then a non-zero exit, so a CI log shows exactly which CSDUID, row or service is wrong.
 */

export function exitWithProblems(script: string, problems: readonly string[]): never {
	for (const problem of problems) console.error(`${script}: ${problem}`);
	process.exit(1);
}

/** Exits when there are problems; returns normally otherwise. */
export function exitIfProblems(script: string, problems: readonly string[]): void {
	if (problems.length > 0) exitWithProblems(script, problems);
}

/** Runs a script's main function, turning an uncaught error into one line and exit code 1. */
export function runScript(script: string, main: () => Promise<void> | void): void {
	Promise.resolve()
		.then(main)
		.catch((error: unknown) => exitWithProblems(script, [error instanceof Error ? error.message : String(error)]));
}
