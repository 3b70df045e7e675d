/**
 * Whether the database answers, as this process last saw it. A lost connection is reported once
 * (not once per request: a 15-second outage under load used to write tens of megabytes of stack
 * traces), requests are answered 503 while it lasts, and a probe every second notices the return.
 */
export type DatabaseStatus = { up: true } | { up: false; reason: string; since: Date };

/**
 * Errors that mean "the database cannot be reached", not "this query is wrong": socket errors,
 * pg's own connection messages, and SQLSTATE classes 08 (connection exception) and 57P
 * (operator intervention: shutdown, crash, cannot connect now). PostgreSQL docs, Appendix A.
 */
export function isConnectionError(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	const code = (error as Error & { code?: unknown }).code;
	if (typeof code === 'string') {
		if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN)$/.test(code)) return true;
		if (/^(08|57P)/.test(code)) return true;
	}
	return /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended/i.test(error.message);
}

export function describe(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const code = (error as Error & { code?: unknown }).code;
	return typeof code === 'string' && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}

export interface HealthOptions {
	/** One line per change of state. */
	report: (line: string) => void;
	/** Resolves when the database answers a trivial query. */
	probe: () => Promise<void>;
	probeIntervalMs?: number;
}

export class DatabaseHealth {
	#status: DatabaseStatus = { up: true };
	#timer: NodeJS.Timeout | null = null;
	#probing = false;
	#closed = false;
	readonly #options: HealthOptions;

	constructor(options: HealthOptions) {
		this.#options = options;
	}

	get status(): DatabaseStatus {
		return this.#status;
	}

	/** Records a failure; only the first of an outage is reported. */
	failed(reason: string): void {
		if (this.#closed || !this.#status.up) return;
		this.#status = { up: false, reason, since: new Date() };
		this.#options.report(`database unavailable: ${reason}; answering 503 until it is back`);
		this.#timer = setInterval(() => void this.#check(), this.#options.probeIntervalMs ?? 1000);
		this.#timer.unref();
	}

	recovered(): void {
		if (this.#status.up) return;
		const seconds = Math.round((Date.now() - this.#status.since.getTime()) / 1000);
		this.#status = { up: true };
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		this.#options.report(`database available again after ${seconds} s`);
	}

	/** Stops probing and reporting (shutdown: connections ending then are expected). */
	close(): void {
		this.#closed = true;
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
	}

	async #check(): Promise<void> {
		if (this.#probing || this.#closed) return;
		this.#probing = true;
		try {
			await this.#options.probe();
			this.recovered();
		} catch {
			// Still down: already reported.
		} finally {
			this.#probing = false;
		}
	}
}
