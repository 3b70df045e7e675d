import { describe, expect, it } from 'vitest';
import { boundedChunks } from './bounded-body';

class Refused extends Error {}

function streamOf(chunks: readonly number[], failWith?: Error): ReadableStream<Uint8Array> {
	let index = 0;
	return new ReadableStream<Uint8Array>({
		pull(controller) {
			const size = chunks[index++];
			if (size !== undefined) controller.enqueue(new Uint8Array(size));
			else if (failWith) controller.error(failWith);
			else controller.close();
		}
	});
}

async function read(stream: ReadableStream<Uint8Array>, limit: number): Promise<number[]> {
	const sizes: number[] = [];
	const tooLarge = (refused: { by: 'cap' } | { by: 'adapter'; message: string }) => new Refused(refused.by === 'cap' ? 'cap' : `adapter: ${refused.message}`);
	for await (const chunk of boundedChunks(stream, limit, { tooLarge, awaitCancel: true })) sizes.push(chunk.byteLength);
	return sizes;
}

describe('boundedChunks', () => {
	it('passes every chunk through while the total stays within the limit', async () => {
		expect(await read(streamOf([3, 4, 3]), 10)).toEqual([3, 4, 3]);
	});

	it('refuses with the caller’s error as soon as the total passes the limit', async () => {
		await expect(read(streamOf([6, 5, 100]), 10)).rejects.toThrow(new Refused('cap'));
	});

	it('turns the adapter’s 413 into the caller’s error, with its message', async () => {
		const adapter = Object.assign(new Error('Content-length of 99 exceeds limit of 10 bytes.'), { status: 413 });
		await expect(read(streamOf([2], adapter), 10)).rejects.toThrow(new Refused('adapter: Content-length of 99 exceeds limit of 10 bytes.'));
	});

	it('lets other read errors through unchanged', async () => {
		const broken = new Error('connection reset');
		await expect(read(streamOf([2], broken), 10)).rejects.toBe(broken);
	});
});
