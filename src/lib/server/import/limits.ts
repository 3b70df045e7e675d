/**
 * The upload limits (issue 9, "Limits"): at most 10 MB per file, counted as the bytes arrive so a
 * larger upload is refused without being read to its end; its SHA-256 computed on the way.
 * Bytes are kept in memory only when asked (a preview stores them); nothing is written to disk.
 */
import { createHash } from 'node:crypto';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** An .xlsx is a zip: its unpacked parts may not exceed this, so a small "zip bomb" cannot exhaust memory. */
export const MAX_XLSX_UNPACKED_BYTES = 200 * 1024 * 1024;

export class FileTooLargeError extends Error {
	constructor(readonly limit: number) {
		super(`the file is larger than ${limit} bytes`);
	}
}

export class UnsupportedFormatError extends Error {}

export class UploadMeter {
	bytes = 0;
	private readonly hash = createHash('sha256');
	private readonly kept: Buffer[] = [];

	constructor(
		private readonly keep: boolean,
		private readonly limit = MAX_IMPORT_BYTES
	) {}

	/** Counts a chunk; throws FileTooLargeError once past the limit. */
	add(chunk: Uint8Array): Buffer {
		const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
		this.bytes += buffer.byteLength;
		if (this.bytes > this.limit) throw new FileTooLargeError(this.limit);
		this.hash.update(buffer);
		if (this.keep) this.kept.push(Buffer.from(buffer));
		return buffer;
	}

	checksum(): string {
		return this.hash.copy().digest('hex');
	}

	content(): Buffer | null {
		return this.keep ? Buffer.concat(this.kept) : null;
	}
}

/** How many bytes are parsed between two turns of the event loop. */
const BYTES_PER_TURN = 64 * 1024;

/**
 * The body's chunks, counted and hashed by the meter as they are read. A body that has already
 * arrived is handed over in promise callbacks only, which never let the event loop turn: parsing a
 * 10 MB file would then hold every other request for seconds. So every 64 KiB the reader waits
 * for the next turn (setImmediate runs after pending I/O), and pages keep being served.
 */
export async function* metered(body: AsyncIterable<Uint8Array>, meter: UploadMeter): AsyncGenerator<Buffer> {
	let sinceTurn = 0;
	for await (const chunk of body) {
		const buffer = meter.add(chunk);
		sinceTurn += buffer.byteLength;
		if (sinceTurn >= BYTES_PER_TURN) {
			sinceTurn = 0;
			await new Promise<void>((resolve) => setImmediate(resolve));
		}
		yield buffer;
	}
}
