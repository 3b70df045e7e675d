/**
 * At most a few imports parse at once in this process. Parsing and validating a 10 MB file takes
 * CPU on the one JavaScript thread and a database connection; with every upload let in at once,
 * three large files stalled every page and exhausted the pool. Past the limit an import is refused
 * at once (429 with Retry-After), not queued: a queued upload still holds its request body open,
 * and the person sees the answer straight away. The count is per process: each app instance
 * protects its own thread and its share of the pool.
 */
export const MAX_PARSING_IMPORTS = 2;
/** Seconds a refused import is told to wait: about the time one large file takes to check. */
export const RETRY_AFTER_SECONDS = 5;

export class ImportsBusyError extends Error {
	readonly retryAfterSeconds = RETRY_AFTER_SECONDS;
	constructor() {
		super(`${MAX_PARSING_IMPORTS} imports are already being checked; try again in ${RETRY_AFTER_SECONDS} seconds`);
	}
}

let parsing = 0;

/** Runs `work` in one of the slots, or throws ImportsBusyError when all are taken. */
export async function withImportSlot<T>(work: () => Promise<T>, limit = MAX_PARSING_IMPORTS): Promise<T> {
	if (parsing >= limit) throw new ImportsBusyError();
	parsing += 1;
	try {
		return await work();
	} finally {
		parsing -= 1;
	}
}

/** How many imports are parsing now (for tests and health reports). */
export function importsParsing(): number {
	return parsing;
}
