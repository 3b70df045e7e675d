/**
 * One valibot object schema per kind, built from its columns (kind.ts rowSchemaOf): the shape of a
 * valid row. Exported from here for every reader of the schemas (the validator, the API document).
 */
import { cellSchemas } from './cells';
import type { ValidationContext } from './context';
import { rowSchemaOf } from './kind';
import { IMPORT_KINDS, kindSpec, type ImportKind } from './kinds';
import type { NumberStyle } from './numbers';

export type RowSchema = ReturnType<typeof rowSchemaOf>;

/** The row schema of one kind for one file (its number style) and one context. */
export function rowSchema(kind: ImportKind, context: ValidationContext, style: NumberStyle): RowSchema {
	return rowSchemaOf(kindSpec(kind).columns, cellSchemas(context, style));
}

/** Every kind's row schema. */
export function rowSchemas(context: ValidationContext, style: NumberStyle): Readonly<Record<ImportKind, RowSchema>> {
	const cells = cellSchemas(context, style);
	return Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, rowSchemaOf(kindSpec(kind).columns, cells)])) as Record<ImportKind, RowSchema>;
}
