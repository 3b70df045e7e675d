/**
 * A request body read chunk by chunk with a byte cap, so an oversized body is refused as it arrives
 * rather than after it has been held whole. Two limits can stop it: the cap given here, and the
 * adapter's own BODY_SIZE_LIMIT (adapter-node), which surfaces as a read error with status 413.
 */

/** Why the body was refused: `adapter` carries the adapter's message, `cap` means more than `limit` bytes arrived. */
type BodyLimit = { by: 'cap' } | { by: 'adapter'; message: string };

interface BoundedOptions {
	/** The caller's error for a refused body. */
	tooLarge: (limit: BodyLimit) => Error;
	/**
	 * Wait for the stream's cancellation when reading stops. A cloned (teed) body must not wait: cancelling one branch
	 * settles only once the route has read the other one too.
	 */
	awaitCancel: boolean;
}

export async function* boundedChunks(stream: ReadableStream<Uint8Array>, limit: number, options: BoundedOptions): AsyncGenerator<Uint8Array> {
	const reader = stream.getReader();
	let total = 0;
	try {
		for (;;) {
			let next: ReadableStreamReadResult<Uint8Array>;
			try {
				next = await reader.read();
			} catch (error) {
				if ((error as { status?: number }).status === 413) throw options.tooLarge({ by: 'adapter', message: (error as Error).message });
				throw error;
			}
			if (next.done) return;
			total += next.value.byteLength;
			if (total > limit) throw options.tooLarge({ by: 'cap' });
			yield next.value;
		}
	} finally {
		const cancelled = reader.cancel().catch(() => {});
		if (options.awaitCancel) await cancelled;
	}
}
