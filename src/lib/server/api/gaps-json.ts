/**
 * GET /api/gaps as text, fast. The answer is half a megabyte: building the objects and the string for
 * every request cost more than everything else together (bench/load.ts). A community's row depends on
 * the data and on one thing about the viewer: whether they are cleared for the community's police
 * service. So each row is written once per data version in both forms, cleared and controlled
 * (disclosure.ts applied to the whole run each way), and each request picks, row by row, the form its
 * viewer's clearance gives. Nothing about a viewer is kept; the text equals what
 * `JSON.stringify` of the disclosed view gives (tests/integration/gaps-json.test.ts).
 */
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import type { AtlasDb } from '../db/client';
import { discloseCoverage, type Clearance } from '../../domain/coverage';
import { periodFields, type PeriodKey } from '../../domain/period';
import { dataCache } from '../cache';
import { coverageRun, periodsWithData } from '../coverage';
import { communityGapJson, isIllustrative } from './coverage-json';

interface GapRows {
	/** The police service of each row, in the answer's order. */
	serviceOf: string[];
	cleared: string[];
	controlled: string[];
	/** Everything before the rows: the period's fields, illustrative, thresholds, count, services. */
	head: string;
}

async function gapRows(db: AtlasDb, period: PeriodKey): Promise<GapRows> {
	const [run, periods] = await Promise.all([coverageRun(db, period), periodsWithData(db)]);
	const open = discloseCoverage(run, () => true);
	const closed = discloseCoverage(run, () => false);
	const rank = new Map(open.ranked.communities.map((row, index) => [row.csduid, index + 1]));
	const row = (community: (typeof open.communities)[number]) => JSON.stringify({ ...communityGapJson(community), rank: rank.get(community.csduid) ?? null });
	const services = open.ranked.services.map((service, index) => ({ rank: index + 1, ...service }));
	const meta = { ...periodFields(period, periods.at(-1)), illustrative: isIllustrative(open), thresholds: open.thresholds, count: open.communities.length, services };
	return {
		serviceOf: open.communities.map((community) => community.police_service_id),
		cleared: open.communities.map(row),
		controlled: closed.communities.map(row),
		head: JSON.stringify(meta).slice(0, -1)
	};
}

/** The rows of `period` and, for each row, whether `cleared` may see it in full. */
async function rowsFor(db: AtlasDb, period: PeriodKey, cleared: Clearance): Promise<{ rows: GapRows; shown: boolean[] }> {
	const rows = await dataCache.get(db, `gaps-json:${period}`, () => gapRows(db, period));
	const byService = new Map<string, boolean>();
	const shown = rows.serviceOf.map((service) => {
		let ok = byService.get(service);
		if (ok === undefined) byService.set(service, (ok = cleared(service)));
		return ok;
	});
	return { rows, shown };
}

function assemble(rows: GapRows, shown: readonly boolean[]): string {
	const parts = rows.serviceOf.map((_, index) => (shown[index] ? rows.cleared[index] : rows.controlled[index]) ?? 'null');
	return `${rows.head},"data":[${parts.join(',')}]}`;
}

/** The body of GET /api/gaps for `period` as `cleared` may see it. */
export async function gapsJson(db: AtlasDb, period: PeriodKey, cleared: Clearance): Promise<string> {
	const { rows, shown } = await rowsFor(db, period, cleared);
	return assemble(rows, shown);
}

export type GapsEncoding = 'br' | 'gzip' | 'identity';

interface Bodies {
	identity: Buffer;
	gzip?: Promise<Buffer>;
	br?: Promise<Buffer>;
}

/**
 * Finished answers, as bytes and compressed, per set of rows and per disclosure pattern (which rows
 * are shown in full). The pattern is read off the rows themselves, so two viewers share an entry
 * only when they would be sent the same bytes; the entries go with the rows when the data version
 * moves on. Half a megabyte joined, encoded and gzipped on every request was most of the cost of the
 * answer under load (bench/load.ts). Few patterns exist (one per role and service); the bound keeps
 * the many combinations coordinators can hold from growing the map without end.
 */
const finished = new WeakMap<GapRows, Map<string, Bodies>>();
const MAX_PATTERNS = 32;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

function patternOf(shown: readonly boolean[]): string {
	return shown.map((ok) => (ok ? '1' : '0')).join('');
}

/** The same text as gapsJson, as bytes in `encoding`, built once per data version and pattern. */
export async function gapsBody(db: AtlasDb, period: PeriodKey, cleared: Clearance, encoding: GapsEncoding): Promise<Buffer> {
	const { rows, shown } = await rowsFor(db, period, cleared);
	let byPattern = finished.get(rows);
	if (!byPattern) finished.set(rows, (byPattern = new Map()));
	const pattern = patternOf(shown);
	let bodies = byPattern.get(pattern);
	if (bodies) {
		byPattern.delete(pattern);
	} else {
		bodies = { identity: Buffer.from(assemble(rows, shown)) };
		while (byPattern.size >= MAX_PATTERNS) {
			const oldest = byPattern.keys().next().value;
			if (oldest === undefined) break;
			byPattern.delete(oldest);
		}
	}
	byPattern.set(pattern, bodies);
	if (encoding === 'identity') return bodies.identity;
	if (encoding === 'gzip') return (bodies.gzip ??= gzipAsync(bodies.identity));
	// Quality 9: within a few per cent of the maximum at a fraction of its time, paid once per version.
	return (bodies.br ??= brotliAsync(bodies.identity, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bodies.identity.length } }));
}

/** The best encoding the client accepts: brotli, then gzip, else none (RFC 9110 §12.5.3; q=0 refuses). */
export function chooseEncoding(acceptEncoding: string | null): GapsEncoding {
	const accepted = new Set(
		(acceptEncoding ?? '')
			.split(',')
			.map((item) => item.trim().toLowerCase().split(';'))
			.filter(([, ...params]) => !params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param)))
			.map(([name]) => name?.trim())
	);
	if (accepted.has('br')) return 'br';
	if (accepted.has('gzip')) return 'gzip';
	return 'identity';
}
