/**
 * Column lists written once: a query selects `alias.column` for each name, and the row type it
 * returns is a Pick of the same names, so adding a column to a listing is one edit.
 */

/** Each column prefixed with a table alias, typed so Kysely checks the references: `qualify('r', ['id'])` → `['r.id']`. */
export function qualify<A extends string, C extends string>(alias: A, columns: readonly C[]): `${A}.${C}`[] {
	return columns.map((column): `${A}.${C}` => `${alias}.${column}`);
}
