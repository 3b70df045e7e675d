/**
 * The validation context (domain/import/context.ts) for one import: the atlas's service ids and
 * CSDUIDs and registry programs, the accepted periods (from fiscal year 2004-05 to the quarter containing `now`, in
 * Ontario time), and the chief's service when a chief imports.
 */
import { FIRST_IMPORT_FISCAL_YEAR, FIRST_IMPORT_PERIOD, type ValidationContext } from '../../domain/import/context';
import type { ImportActor } from '../../domain/import/permissions';
import { fiscalYearOfMonth, parsePeriodInput } from '../../domain/import/period-input';
import type { AtlasDb } from '../db/client';

const ONTARIO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Toronto as YYYY-MM-DD (the en-CA locale writes ISO dates). */
function ontarioDate(now: Date): string {
	return ONTARIO_DATE.format(now);
}

export async function loadValidationContext(db: AtlasDb, actor: ImportActor, now: Date): Promise<ValidationContext> {
	const [services, units, communities, programs] = await Promise.all([
		db.selectFrom('police_service').select(['id', 'kind']).execute(),
		db.selectFrom('reporting_unit').select(['id', 'police_service_id', 'opp_region']).execute(),
		db.selectFrom('community').select('csduid').execute(),
		db.selectFrom('stream_registry_program').select('id').execute()
	]);
	const today = ontarioDate(now);
	const lastPeriod = parsePeriodInput(today);
	if (lastPeriod === null) throw new Error(`cannot read today's date ${today}`);
	return {
		// Police services, and the units that report capacity and caseload (the OPP's regional teams).
		serviceIds: new Set([...services.map((row) => row.id), ...units.map((row) => row.id)]),
		csduids: new Set(communities.map((row) => row.csduid)),
		registryProgramIds: new Set(programs.map((row) => row.id)),
		firstPeriod: FIRST_IMPORT_PERIOD,
		lastPeriod,
		firstFiscalYear: FIRST_IMPORT_FISCAL_YEAR,
		lastFiscalYear: fiscalYearOfMonth({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) }),
		onlyService: actor.role === 'chief' ? actor.police_service_id : null,
		services: new Map(
			services.map((service) => [
				service.id,
				{ kind: service.kind, units: units.filter((unit) => unit.police_service_id === service.id).map((unit) => unit.id).sort() }
			])
		),
		oppTeamRegions: new Set(units.flatMap((unit) => (unit.opp_region === null ? [] : [unit.opp_region])))
	};
}
