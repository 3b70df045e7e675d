/**
 * A "lying" zip: its directory says each part unpacks to 1,000 bytes, its data inflates to far
 * more. The guard must count what really comes out, stop at the cap, and keep memory flat.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFile } from './read-file';
import { checkUnpackedSize, ZipTooLargeError } from './zip-guard';
import { importContext } from '../../../../tests/support/import-context';

const MEGABYTE = 1024 * 1024;

/** Deflate data for `megabytes` MB of zeros, built from one flushed block repeated (fast to make, about 1 KB per MB). */
function zerosDeflated(megabytes: number): Buffer {
	const block = deflateRawSync(Buffer.alloc(MEGABYTE), { finishFlush: constants.Z_FULL_FLUSH });
	const last = deflateRawSync(Buffer.alloc(0));
	return Buffer.concat([...Array.from({ length: megabytes }, () => block), last]);
}

/**
 * The fields the local header and the central directory entry share, in the same order from the
 * compression method on (PKWARE APPNOTE 6.3, 4.3.7 and 4.3.12): method, time, date, CRC-32,
 * compressed size, uncompressed size, file name length. `at` is where the method sits.
 */
function writeEntryFields(header: Buffer, at: number, entry: { method: number; crc: number; size: number; claimed: number; nameLength: number }): void {
	header.writeUInt16LE(entry.method, at);
	header.writeUInt32LE(entry.crc, at + 6);
	header.writeUInt32LE(entry.size, at + 10);
	header.writeUInt32LE(entry.claimed, at + 14);
	header.writeUInt16LE(entry.nameLength, at + 18);
}

/** A one-entry zip whose headers claim `claimed` unpacked bytes. */
function zipOf(name: string, data: Buffer, method: number, claimed: number, crc = 0): Buffer {
	const fileName = Buffer.from(name);
	const entry = { method, crc, size: data.length, claimed, nameLength: fileName.length };
	const local = Buffer.alloc(30);
	local.writeUInt32LE(0x04034b50, 0);
	local.writeUInt16LE(20, 4);
	writeEntryFields(local, 8, entry);
	const central = Buffer.alloc(46);
	central.writeUInt32LE(0x02014b50, 0);
	central.writeUInt16LE(20, 4);
	central.writeUInt16LE(20, 6);
	writeEntryFields(central, 10, entry);
	central.writeUInt32LE(0, 42);
	const directoryOffset = local.length + fileName.length + data.length;
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(1, 8);
	end.writeUInt16LE(1, 10);
	end.writeUInt32LE(central.length + fileName.length, 12);
	end.writeUInt32LE(directoryOffset, 16);
	return Buffer.concat([local, fileName, data, central, fileName, end]);
}

async function* once(bytes: Buffer): AsyncGenerator<Buffer> {
	yield bytes;
}

const CONTEXT = importContext({ programs: [] });

describe('the unpacked-size guard', () => {
	it('counts the bytes really inflated, not the sizes the directory claims', async () => {
		const honest = Buffer.from('<worksheet/>'.repeat(1000));
		const zip = zipOf('xl/worksheets/sheet1.xml', deflateRawSync(honest), 8, 10, crc32(honest));
		expect(await checkUnpackedSize(zip, 1024 * 1024)).toBe(honest.length);
		await expect(checkUnpackedSize(zip, 1000)).rejects.toBeInstanceOf(ZipTooLargeError);
	});

	it('refuses a 1 GB lying zip with a clear message, in bounded memory', async () => {
		const zip = zipOf('xl/worksheets/sheet1.xml', zerosDeflated(1024), 8, 1000);
		expect(zip.length).toBeLessThan(2 * MEGABYTE);
		const before = process.memoryUsage.rss();
		let peak = before;
		const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
		const read = await readFile(once(zip), 'caseload', CONTEXT, { keepContent: false });
		clearInterval(sampler);
		peak = Math.max(peak, process.memoryUsage.rss());
		expect(read.format).toBe('xlsx');
		expect(read.validation.issues.map((issue) => issue.code)).toContain('unpacked_too_large');
		// Inflating to the 200 MB cap and discarding: a few chunks resident, not the gigabyte the data holds.
		expect(peak - before).toBeLessThan(100 * MEGABYTE);
	}, 60_000);
});
