/**
 * Reads a zip's central directory (PKWARE APPNOTE 6.3.10, §4.3.12 and §4.3.16) to add up the
 * unpacked sizes of its entries before anything is unpacked: an .xlsx of a few MB that unpacks
 * to gigabytes is refused. Zip64 markers (0xFFFFFFFF) count as too large: no real ICE workbook
 * needs them.
 */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;

/** The sum of the entries' unpacked sizes, or null when the bytes are not a readable zip. */
export function unpackedSize(zip: Buffer): number | null {
	if (zip.length < 22) return null;
	// The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
	const earliest = Math.max(0, zip.length - 22 - 0xffff);
	let end = -1;
	for (let offset = zip.length - 22; offset >= earliest; offset -= 1) {
		if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) {
			end = offset;
			break;
		}
	}
	if (end < 0) return null;
	const entries = zip.readUInt16LE(end + 10);
	let offset = zip.readUInt32LE(end + 16);
	let total = 0;
	for (let index = 0; index < entries; index += 1) {
		if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) return null;
		const size = zip.readUInt32LE(offset + 24);
		if (size === ZIP64_MARKER) return Number.POSITIVE_INFINITY;
		total += size;
		offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
	}
	return total;
}
