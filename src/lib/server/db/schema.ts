/**
 * The typed Database interface for Kysely, written by hand to match migrations/.
 * Numeric columns are parsed to numbers by client.ts (int8 → number, numeric → number).
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export type ServiceKind = 'municipal' | 'opp' | 'first_nations';
export type JurisdictionConfidence = 'high' | 'medium' | 'low';

export interface PoliceServiceTable {
	id: string;
	name: string;
	name_fr: string;
	kind: ServiceKind;
	opp_region: string | null;
	ice_strategy_member: boolean;
	sworn_officers: number | null;
	sworn_year: number | null;
	sworn_source: string | null;
}

export interface CommunityTable {
	csduid: string;
	name: string;
	name_fr: string;
	csd_type: string;
	cduid: string;
	cd_name: string;
	population: number | null;
	land_area_km2: number;
	centroid_lon: number;
	centroid_lat: number;
	children_share: number;
	children: number | null;
	children_source: ColumnType<'estimate' | 'imported', 'estimate' | 'imported' | undefined>;
	fly_in: ColumnType<boolean, boolean | undefined>;
	search_key: string;
}

export interface JurisdictionTable {
	csduid: string;
	police_service_id: string;
	confidence: JurisdictionConfidence;
	note: string | null;
	source: string;
}

export interface IceQuarterTable {
	police_service_id: string;
	period: string;
	investigators_fte: number;
	forensic_examiners_fte: number;
	forensic_backlog_devices: number;
	referrals_received: number;
	investigations_opened: number;
	investigations_concluded: number;
	charges_laid: number;
	victims_identified: number;
	open_backlog: number;
	files_referred_project_p: number;
	illustrative: boolean;
	source: string;
}

export interface StrategyFundingTable {
	police_service_id: string;
	fiscal_year: number;
	amount_cents: number;
	illustrative: boolean;
	source: string;
}

export interface DatasetTable {
	id: string;
	source_file: string;
	checksum: string;
	illustrative: boolean;
	row_count: number;
	loaded_at: Generated<Date>;
}

export interface Database {
	police_service: PoliceServiceTable;
	community: CommunityTable;
	jurisdiction: JurisdictionTable;
	ice_quarter: IceQuarterTable;
	strategy_funding: StrategyFundingTable;
	dataset: DatasetTable;
}

export type PoliceServiceRow = Selectable<PoliceServiceTable>;
export type CommunityRow = Selectable<CommunityTable>;
export type IceQuarterRow = Selectable<IceQuarterTable>;
export type NewIceQuarter = Insertable<IceQuarterTable>;
