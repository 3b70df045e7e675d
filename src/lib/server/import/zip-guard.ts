/**
 * Bounds what an .xlsx (a zip) may unpack to before exceljs reads it. The sizes written in the
 * zip's central directory (PKWARE APPNOTE 6.3.10, §4.3.12, §4.3.16) are only claims: a small file
 * can under-state them and unpack to gigabytes. So every entry is inflated here, streaming, with
 * its real output counted and the work stopped as soon as the total passes the cap; the output
 * itself is thrown away, so memory stays at a few chunks whatever the file claims. Entries are
 * read exactly as a zip reader does (central directory → local header → compressed bytes), so the
 * bytes counted are the bytes exceljs will inflate. Zip64 markers (0xFFFFFFFF) count as too large:
 * no real ICE workbook needs them.
 */
import { createInflateRaw } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

export class ZipUnreadableError extends Error {}
export class ZipTooLargeError extends Error {}

interface Entry {
	method: number;
	data: Buffer;
}

function endRecord(zip: Buffer): number {
	// The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
	const earliest = Math.max(0, zip.length - 22 - 0xffff);
	for (let offset = zip.length - 22; offset >= earliest; offset -= 1) {
		if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
	}
	return -1;
}

/** The entries' methods and compressed bytes, as the central directory places them; refuses a total claim past `cap`. */
function entries(zip: Buffer, cap: number): Entry[] {
	if (zip.length < 22) throw new ZipUnreadableError('not a zip archive');
	const end = endRecord(zip);
	if (end < 0) throw new ZipUnreadableError('no zip directory');
	const count = zip.readUInt16LE(end + 10);
	let offset = zip.readUInt32LE(end + 16);
	const found: Entry[] = [];
	let claimed = 0;
	for (let index = 0; index < count; index += 1) {
		if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) throw new ZipUnreadableError('broken zip directory');
		const method = zip.readUInt16LE(offset + 10);
		const compressed = zip.readUInt32LE(offset + 20);
		const declared = zip.readUInt32LE(offset + 24);
		const local = zip.readUInt32LE(offset + 42);
		if (compressed === ZIP64_MARKER || declared === ZIP64_MARKER || local === ZIP64_MARKER) throw new ZipTooLargeError('zip64 entry');
		// A zip that admits to being too large is refused before any inflating (and before a reader sizes buffers by the claim).
		claimed += declared;
		if (claimed > cap) throw new ZipTooLargeError(`claims more than ${cap} unpacked bytes`);
		if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_FILE_HEADER) throw new ZipUnreadableError('broken zip entry');
		const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
		if (start + compressed > zip.length) throw new ZipUnreadableError('zip entry past the end of the file');
		found.push({ method, data: zip.subarray(start, start + compressed) });
		offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
	}
	return found;
}

/** Inflates one entry, counting its output; rejects once `budget` bytes are passed. */
function inflatedBytes(data: Buffer, budget: number): Promise<number> {
	return new Promise((resolve, reject) => {
		const inflate = createInflateRaw();
		let produced = 0;
		inflate.on('data', (chunk: Buffer) => {
			produced += chunk.byteLength;
			if (produced > budget) {
				inflate.destroy();
				reject(new ZipTooLargeError(`unpacks to more than the limit`));
			}
		});
		inflate.on('error', (error) => reject(new ZipUnreadableError(error.message)));
		inflate.on('end', () => resolve(produced));
		inflate.end(data);
	});
}

/**
 * The real unpacked size of the zip, counted while inflating (off the main thread: zlib runs in
 * libuv's pool). Throws ZipTooLargeError past `cap`, ZipUnreadableError for a broken archive.
 */
export async function checkUnpackedSize(zip: Buffer, cap: number): Promise<number> {
	let total = 0;
	for (const entry of entries(zip, cap)) {
		if (entry.method === STORED) total += entry.data.byteLength;
		else if (entry.method === DEFLATED) total += await inflatedBytes(entry.data, cap - total);
		else throw new ZipUnreadableError(`compression method ${entry.method}`);
		if (total > cap) throw new ZipTooLargeError(`unpacks to more than ${cap} bytes`);
	}
	return total;
}
