/**
 * What an admin may type when creating or changing an account, checked with valibot. Errors are
 * keys of the `auth.admin.errors` messages, so the page shows them in the reader's language.
 */
import * as v from 'valibot';
import type { Result } from '$lib/domain/result';
import { OPP_REGIONS, ROLES, type OppRegion, type Role } from '$lib/domain/vocabulary';
import { isStrongPassword } from './password-strength';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords';

export type InputError = 'username' | 'displayName' | 'role' | 'serviceRequired' | 'regionRequired' | 'password' | 'weakPassword' | 'notFound';
export type Parsed<T> = Result<T, Partial<Record<string, InputError>>>;

const Username = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, 'username'));
/** Printable text only: PostgreSQL text cannot hold NUL, and no name needs control characters. */
const PRINTABLE = /^[^\u0000-\u001f\u007f]*$/;
const DisplayName = v.pipe(v.string(), v.trim(), v.minLength(1, 'displayName'), v.maxLength(100, 'displayName'), v.regex(PRINTABLE, 'displayName'));
const RoleField = v.picklist(ROLES, 'role');
/** Empty means "no service"; whether one is required depends on the role (see withService). */
const ServiceField = v.pipe(v.string(), v.trim(), v.maxLength(64, 'serviceRequired'));
/** Empty means "no region"; an OPP regional account needs one of the five (see withService). */
const RegionField = v.union([v.literal(''), v.picklist(OPP_REGIONS)], 'regionRequired');
const Password = v.pipe(v.string(), v.minLength(PASSWORD_MIN_LENGTH, 'password'), v.maxLength(PASSWORD_MAX_LENGTH, 'password'));
const UserId = v.pipe(v.string(), v.regex(/^[1-9][0-9]{0,8}$/, 'notFound'), v.transform(Number));

const NewAccount = v.object({ username: Username, display_name: DisplayName, role: RoleField, police_service_id: ServiceField, opp_region: RegionField, password: Password });
const RoleChange = v.object({ id: UserId, role: RoleField, police_service_id: ServiceField, opp_region: RegionField });
const PasswordReset = v.object({ id: UserId, password: Password });
const AccountRef = v.object({ id: UserId });

export interface RoleAssignment {
	role: Role;
	police_service_id: string | null;
	/** Set for OPP regional accounts only; absent means none. */
	opp_region?: OppRegion | null;
}
export type NewAccountInput = RoleAssignment & { username: string; display_name: string; password: string };
export type RoleChangeInput = RoleAssignment & { id: number };

function fieldsOf(form: FormData, names: string[]): Record<string, string> {
	return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? '')]));
}

function parse<S extends v.GenericSchema>(schema: S, input: unknown): Parsed<v.InferOutput<S>> {
	const result = v.safeParse(schema, input, { abortPipeEarly: true });
	if (result.success) return { ok: true, value: result.output };
	const errors: Partial<Record<string, InputError>> = {};
	for (const issue of result.issues) {
		const field = String(issue.path?.[0]?.key ?? 'form');
		errors[field] ??= issue.message as InputError;
	}
	return { ok: false, errors };
}

/** The OPP is one police service (domain.md §4); its regional accounts belong to it. */
export const OPP_SERVICE_ID = 'opp';

/**
 * A chief needs a service; an OPP regional account needs a region and belongs to the OPP; any other
 * role has neither (the database checks the same rules: migration 2026_12_07_0002_opp_region_role).
 */
function withService<T extends { role: Role; police_service_id: string; opp_region: OppRegion | '' }>(
	value: T
): Parsed<Omit<T, 'police_service_id' | 'opp_region'> & RoleAssignment> {
	if (value.role === 'opp_region') {
		if (!value.opp_region) return { ok: false, errors: { opp_region: 'regionRequired' } };
		return { ok: true, value: { ...value, police_service_id: OPP_SERVICE_ID, opp_region: value.opp_region } };
	}
	if (value.role !== 'chief') return { ok: true, value: { ...value, police_service_id: null, opp_region: null } };
	if (!value.police_service_id) return { ok: false, errors: { police_service_id: 'serviceRequired' } };
	return { ok: true, value: { ...value, opp_region: null } };
}

/** A password of the right length may still be easy to guess; the account's own names count as guessable. */
function withStrongPassword<T extends { password: string }>(value: T, context: string[]): Parsed<T> {
	return isStrongPassword(value.password, context) ? { ok: true, value } : { ok: false, errors: { password: 'weakPassword' } };
}

export function parseNewAccount(form: FormData): Parsed<NewAccountInput> {
	const parsed = parse(NewAccount, fieldsOf(form, ['username', 'display_name', 'role', 'police_service_id', 'opp_region', 'password']));
	if (!parsed.ok) return parsed;
	const strong = withStrongPassword(parsed.value, [parsed.value.username, parsed.value.display_name]);
	return strong.ok ? withService(strong.value) : strong;
}

export function parseRoleChange(form: FormData): Parsed<RoleChangeInput> {
	const parsed = parse(RoleChange, fieldsOf(form, ['id', 'role', 'police_service_id', 'opp_region']));
	return parsed.ok ? withService(parsed.value) : parsed;
}

export function parsePasswordReset(form: FormData): Parsed<{ id: number; password: string }> {
	const parsed = parse(PasswordReset, fieldsOf(form, ['id', 'password']));
	return parsed.ok ? withStrongPassword(parsed.value, []) : parsed;
}

export function parseAccountRef(form: FormData): Parsed<{ id: number }> {
	return parse(AccountRef, fieldsOf(form, ['id']));
}
