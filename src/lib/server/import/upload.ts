/**
 * An upload as the import API receives it (issue 9, item 7): the file as the request body
 * (`text/csv`, the XLSX type, or `application/octet-stream`), named by `?file_name=` or a
 * Content-Disposition header; or a multipart form with the file in field `file`. Raw bodies are
 * streamed; a multipart body is buffered (at most the cap plus a little room for the form's
 * framing) because the platform's form parser reads it whole. Nothing is written to disk.
 */
import { printableText } from '../../domain/text';
import { boundedChunks } from '../bounded-body';
import { FileTooLargeError, MAX_IMPORT_BYTES, UnsupportedFormatError } from './limits';

export interface Upload {
	fileName: string;
	body: AsyncIterable<Uint8Array>;
	/** The other text fields of a multipart form (the imports page sends `kind`); empty for raw bodies. */
	fields: Readonly<Record<string, string>>;
}

/** The adapter's own BODY_SIZE_LIMIT (adapter-node) refused the request before the import saw it. */
export class ServerBodyLimitError extends Error {}
export class MissingFileError extends Error {}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RAW_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel', XLSX_TYPE, 'application/octet-stream'];
/** Room for the multipart boundary lines and part headers around the file. */
const MULTIPART_SLACK = 64 * 1024;

/** A file name safe to store and show: its last path segment, printable, at most 255 characters. */
export function cleanFileName(name: string | null | undefined, fallback: string): string {
	const base = (name ?? '').split(/[\\/]/).pop() ?? '';
	// Cut, then repaired: a cut may split a surrogate pair, and an unpaired surrogate cannot be stored as UTF-8.
	const printable = printableText(base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255));
	return printable === '' ? fallback : printable;
}

function dispositionName(header: string | null): string | null {
	if (!header) return null;
	const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
	if (extended?.[1]) return decodeURIComponent(extended[1]);
	return /filename\s*=\s*"?([^";]+)"?/i.exec(header)?.[1] ?? null;
}

/** The stream's chunks; refuses more than `limit` bytes, and turns the adapter's 413 into ServerBodyLimitError. */
function chunksOf(stream: ReadableStream<Uint8Array> | null, limit: number): AsyncIterable<Uint8Array> {
	if (!stream) return (async function* () {})();
	return boundedChunks(stream, limit, {
		awaitCancel: true,
		// The adapter's message ends with a full stop; ours continues the sentence.
		tooLarge: (refused) => (refused.by === 'adapter' ? new ServerBodyLimitError(refused.message.replace(/\.\s*$/, '')) : new FileTooLargeError(MAX_IMPORT_BYTES))
	});
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
	const parts: Uint8Array[] = [];
	let total = 0;
	for await (const chunk of chunks) {
		parts.push(chunk);
		total += chunk.byteLength;
	}
	const bytes = new Uint8Array(total);
	let offset = 0;
	for (const part of parts) {
		bytes.set(part, offset);
		offset += part.byteLength;
	}
	return bytes;
}

export async function uploadFrom(request: Request, url: URL): Promise<Upload> {
	const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > MAX_IMPORT_BYTES + MULTIPART_SLACK) throw new FileTooLargeError(MAX_IMPORT_BYTES);
	if (type === 'multipart/form-data') {
		const bytes = await collect(chunksOf(request.body, MAX_IMPORT_BYTES + MULTIPART_SLACK));
		const form = await new Response(bytes, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) throw new MissingFileError('no file in form field "file"');
		const fields: Record<string, string> = {};
		for (const [name, value] of form) if (typeof value === 'string') fields[name] = value;
		return { fileName: cleanFileName(file.name, 'upload'), body: chunksOf(file.stream(), MAX_IMPORT_BYTES), fields };
	}
	if (!RAW_TYPES.includes(type)) throw new UnsupportedFormatError(`content type '${type}'`);
	const fallback = type === XLSX_TYPE ? 'upload.xlsx' : 'upload.csv';
	const name = url.searchParams.get('file_name') ?? dispositionName(request.headers.get('content-disposition'));
	return { fileName: cleanFileName(name, fallback), body: chunksOf(request.body, MAX_IMPORT_BYTES), fields: {} };
}
