/**
 * Results that are pure functions of the stored data (coverage runs and their inputs, the periods
 * with data, the community directory), kept in memory per data version. Every lookup reads the
 * version from PostgreSQL first (data-version.ts), so an import, rollback, threshold edit or seed
 * through any app instance is seen by every other instance on its next request, with no messages
 * between them.
 *
 * Only what every viewer shares is kept: disclosure control for a viewer's clearance is applied by
 * the caller to the cached result on each request, never stored. Cached values are shared between
 * requests, so callers must not mutate them: they are frozen (a few milliseconds once per version), so a
 * mutation fails loudly instead of changing what the next request sees.
 */
import { getRequestEvent } from '$app/server';
import type { AtlasDb } from './db/client';
import { readDataVersion, type DataVersion } from './data-version';

const versionOfRequest = new WeakMap<object, Promise<DataVersion>>();

/**
 * The data version, read once per GET request: its entity tag and every cached result it uses then
 * agree on one version, and an answer made of several cached parts costs one read, not one per part.
 * Requests that may write (POST and the like, whose form actions run before the page's loads) read it
 * on each call, so they see their own writes. Outside a request (scripts, tests) it is read each time.
 */
export function currentDataVersion(db: AtlasDb): Promise<DataVersion> {
	let event: ReturnType<typeof getRequestEvent> | null = null;
	try {
		event = getRequestEvent();
	} catch {
		event = null;
	}
	const method = event?.request.method;
	if (!event || (method !== 'GET' && method !== 'HEAD')) return readDataVersion(db);
	const key = event.request;
	let held = versionOfRequest.get(key);
	if (!held) {
		held = readDataVersion(db);
		versionOfRequest.set(key, held);
		held.catch(() => versionOfRequest.delete(key));
	}
	return held;
}

/** A few periods × a few kinds of result; the largest entry (every quarter's coverage) is tens of MB. */
const DEFAULT_MAX_ENTRIES = 16;

export interface DataCache {
	/**
	 * The value for `key` at the current data version, computing it once when missing. Callers asking
	 * at the same time share one computation; a failed computation is not kept.
	 */
	get<T>(db: AtlasDb, key: string, compute: () => Promise<T>): Promise<T>;
	/** The same, with the data version the value belongs to (for ETags). */
	getVersioned<T>(db: AtlasDb, key: string, compute: () => Promise<T>): Promise<{ version: number; value: T }>;
	/** Entries held (tests, diagnostics). */
	readonly size: number;
}

interface Entry {
	database: string;
	version: number;
	value: Promise<unknown>;
}

function deepFreeze<T>(value: T): T {
	if (value === null || typeof value !== 'object' || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
	Object.freeze(value);
	for (const child of Object.values(value)) deepFreeze(child);
	return value;
}

/** A least-recently-used cache over a Map (insertion order is recency: a hit re-inserts). */
export function createDataCache(maxEntries = DEFAULT_MAX_ENTRIES): DataCache {
	const entries = new Map<string, Entry>();
	const latest = new Map<string, number>();

	/** Versions only grow: once a newer one is seen, entries of older ones can never be hit again. */
	function forgetOlder(database: string, version: number) {
		if ((latest.get(database) ?? -Infinity) >= version) return;
		latest.set(database, version);
		for (const [key, entry] of entries) if (entry.database === database && entry.version < version) entries.delete(key);
	}

	function remember<T>(database: string, version: number, key: string, compute: () => Promise<T>): Promise<T> {
		const fullKey = `${database}\u0000${version}\u0000${key}`;
		const held = entries.get(fullKey);
		if (held) {
			entries.delete(fullKey);
			entries.set(fullKey, held);
			return held.value as Promise<T>;
		}
		const value = compute().then(deepFreeze);
		const entry: Entry = { database, version, value };
		entries.set(fullKey, entry);
		value.catch(() => {
			if (entries.get(fullKey) === entry) entries.delete(fullKey);
		});
		while (entries.size > maxEntries) {
			const oldest = entries.keys().next().value;
			if (oldest === undefined) break;
			entries.delete(oldest);
		}
		return value;
	}

	async function getVersioned<T>(db: AtlasDb, key: string, compute: () => Promise<T>) {
		const { version, database } = await currentDataVersion(db);
		forgetOlder(database, version);
		// A write committed after the version was read may show in the computed value: the value is
		// then newer than its key says, never older, and later requests read the newer version anyway.
		return { version, value: await remember(database, version, key, compute) };
	}

	return {
		getVersioned,
		get: async (db, key, compute) => (await getVersioned(db, key, compute)).value,
		get size() {
			return entries.size;
		}
	};
}

/** This process's cache. */
export const dataCache: DataCache = createDataCache();
