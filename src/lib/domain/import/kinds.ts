/**
 * What can be imported (issue 9 "Data import"): the registry of import kinds, each defined once in
 * kinds/<kind>.ts behind the ImportKindSpec interface (kind.ts). Shared by the API (query
 * parameter `kind`), the pages, the validators and the storage engine, so a kind can never exist
 * in one place only. The order here is the order of the imports page and the data dictionary.
 */
import * as v from 'valibot';
import type { ImportKindSpec } from './kind';
import { capacity } from './kinds/capacity';
import { caseload } from './kinds/caseload';
import { children } from './kinds/children';
import { funding } from './kinds/funding';
import { jurisdiction } from './kinds/jurisdiction';
import { prevention } from './kinds/prevention';
import { registry } from './kinds/registry';
import { roster } from './kinds/roster';
import { training } from './kinds/training';

const DEFINED = { capacity, caseload, funding, children, jurisdiction, roster, prevention, training, registry };

export type ImportKind = keyof typeof DEFINED;

type RecordOf<T> = T extends ImportKindSpec<infer R, infer _S> ? R : never;
type StoredOf<T> = T extends ImportKindSpec<infer _R, infer S> ? S : never;

/** The record a valid row of each kind becomes (records.ts). */
export type RecordsByKind = { [K in ImportKind]: RecordOf<(typeof DEFINED)[K]> };
/** What the diff sees as stored for a record of each kind (stored.ts). */
export type StoredByKind = { [K in ImportKind]: StoredOf<(typeof DEFINED)[K]> };

const KINDS: { readonly [K in ImportKind]: ImportKindSpec<RecordsByKind[K], StoredByKind[K]> } = DEFINED;

export const IMPORT_KINDS = Object.keys(DEFINED) as readonly ImportKind[];

export function kindSpec<K extends ImportKind>(kind: K): ImportKindSpec<RecordsByKind[K], StoredByKind[K]> {
	return KINDS[kind];
}

export const ImportKindSchema = v.picklist(IMPORT_KINDS, 'unknown_kind');

/** `?confirm_warnings=true|false` (default false: implausible figures hold a commit back). */
export const ConfirmSchema = v.pipe(
	v.optional(v.picklist(['true', 'false'], 'not_boolean'), 'false'),
	v.transform((text) => text === 'true')
);

/** `?dry_run=true|false` (default true: nothing is written unless asked). */
export const DryRunSchema = v.pipe(
	v.optional(v.picklist(['true', 'false'], 'not_boolean'), 'true'),
	v.transform((text) => text === 'true')
);
