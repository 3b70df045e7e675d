/**
 * Lists of values the API answers with whose domain vocabulary is a TypeScript union rather than an array (the atlas's
 * own code lists are arrays in domain/vocabulary.ts and are used directly). Each list is
 * checked against its union in both directions (`every`), so a value added to or removed from the domain type breaks
 * the build here instead of leaving the API description behind.
 */
import type { FeatureStatus } from '$lib/domain/peers/basis';
import type { PeerFeatureUnit } from '$lib/domain/peers/features';
import type { DifferenceTone } from '$lib/domain/peers/side-by-side';
import type { MetricDirection, MetricDisclosure, MetricScope, MetricUnit } from '$lib/metrics';
import type { ImportStatus } from '$lib/server/import/report';
import type { FileFormat } from '$lib/server/import/read-file';
import type { DataImportTable } from '$lib/server/db/schema';
import type { ApiErrorCode } from '../respond';

/** Every member of the union T, once: `every<T>()([...])` fails to compile when one is missing or foreign. */
export const every =
	<T extends string>() =>
	<const A extends readonly T[]>(values: A & ([T] extends [A[number]] ? unknown : { missing: Exclude<T, A[number]> })): A =>
		values;

export const FEATURE_STATUSES = every<FeatureStatus>()(['used', 'unknown', 'no_variance']);
export const METRIC_UNITS = every<MetricUnit>()(['per_100k', 'per_10k_children', 'ratio', 'count', 'km', 'cents', 'cents_per_capita', 'share', 'level', 'boolean', 'class']);
export const METRIC_DIRECTIONS = every<MetricDirection>()(['higher_is_better', 'higher_is_worse', 'neutral']);
export const METRIC_SCOPES = every<MetricScope>()(['service', 'community']);
export const METRIC_DISCLOSURES = every<MetricDisclosure>()(['count', 'rate_on_counts', 'none']);
export const IMPORT_STATUSES = every<ImportStatus>()(['preview', 'committed', 'rejected', 'held']);
export const API_ERROR_CODES = every<ApiErrorCode>()([
	'bad_request',
	'not_found',
	'unprocessable',
	'conflict',
	'forbidden',
	'unauthorized',
	'payload_too_large',
	'unsupported_media_type',
	'too_many_requests'
]);
export const FILE_FORMATS = every<FileFormat>()(['csv', 'xlsx']);
/** What the history lists: previews are not imports. */
export const RECORD_STATUSES = every<Exclude<DataImportTable['status'], 'preview'>>()(['committed', 'rolled_back']);
export const PEER_FEATURE_UNITS = every<PeerFeatureUnit>()(['count', 'per_km2', 'share', 'km', 'per_100k']);
export const DIFFERENCE_TONES = every<DifferenceTone>()(['better', 'worse', 'different']);
