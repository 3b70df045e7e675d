/**
 * A "lying" zip: its directory says each part unpacks to 1,000 bytes, its data inflates to far
 * more. The guard must count what really comes out, stop at the cap, and keep memory flat.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFile } from './read-file';
import { checkUnpackedSize, ZipTooLargeError } from './zip-guard';

const MEGABYTE = 1024 * 1024;

/** Deflate data for `megabytes` MB of zeros, built from one flushed block repeated (fast to make, about 1 KB per MB). */
function zerosDeflated(megabytes: number): Buffer {
	const block = deflateRawSync(Buffer.alloc(MEGABYTE), { finishFlush: constants.Z_FULL_FLUSH });
	const last = deflateRawSync(Buffer.alloc(0));
	return Buffer.concat([...Array.from({ length: megabytes }, () => block), last]);
}

/** A one-entry zip whose headers claim `claimed` unpacked bytes. */
function zipOf(name: string, data: Buffer, method: number, claimed: number, crc = 0): Buffer {
	const fileName = Buffer.from(name);
	const local = Buffer.alloc(30);
	local.writeUInt32LE(0x04034b50, 0);
	local.writeUInt16LE(20, 4);
	local.writeUInt16LE(method, 8);
	local.writeUInt32LE(crc, 14);
	local.writeUInt32LE(data.length, 18);
	local.writeUInt32LE(claimed, 22);
	local.writeUInt16LE(fileName.length, 26);
	const central = Buffer.alloc(46);
	central.writeUInt32LE(0x02014b50, 0);
	central.writeUInt16LE(20, 4);
	central.writeUInt16LE(20, 6);
	central.writeUInt16LE(method, 10);
	central.writeUInt32LE(crc, 16);
	central.writeUInt32LE(data.length, 20);
	central.writeUInt32LE(claimed, 24);
	central.writeUInt16LE(fileName.length, 28);
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

const CONTEXT = {
	serviceIds: new Set(['toronto']),
	csduids: new Set(['3520005']),
	registryProgramIds: new Set<string>(),
	firstPeriod: '2004-Q1' as const,
	lastPeriod: '2025-Q4' as const,
	firstFiscalYear: 2004,
	lastFiscalYear: 2025,
	onlyService: null
};

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
