/** Operations of the peer comparison: most similar groups and services side by side. */
import * as v from 'valibot';
import { SERVICE_KINDS } from '$lib/domain/vocabulary';
import { COMPARED_METRICS, DEFAULT_K, GROUP_BASES, MAX_SIDE_BY_SIDE, PEER_FEATURES } from '$lib/domain/peers';
import { ApiError, Disclosed, described, integer, nullableInteger } from '../schemas/shared';
import { DIFFERENCE_TONES, FEATURE_STATUSES, PEER_FEATURE_UNITS } from '../schemas/vocabulary';
import { serviceIdParameter } from './foundation';
import type { Operation } from './operation';
import { periodEntries, periodParameter } from './period';
import { messages } from '$lib/i18n/messages';

const error = (description: string) => ({ description, body: ApiError });

const Features = described(
	v.object(Object.fromEntries(PEER_FEATURES.map((feature) => [feature.id, described(Disclosed, `${messages('en').vocabulary.peerFeatures[feature.id]} (${feature.unit})`)]))),
	'The context the most similar group is chosen on (raw values; the distance uses their standardised transforms)'
);

const Average = described(
	v.object({ value: v.nullable(v.number()), services_used: integer(), services_hidden: integer() }),
	`Weighted by each ratio's denominator (the pooled figure), over values the viewer can see; null with fewer than 3`
);

export const FeatureDefinition = v.object({
	id: v.string(),
	label_en: v.string(),
	label_fr: v.string(),
	unit: v.picklist(PEER_FEATURE_UNITS),
	weight: v.number(),
	required: v.boolean()
});

const answer = <S extends v.GenericSchema>(data: S, extra: v.ObjectEntries) => v.object({ ...periodEntries, illustrative: v.boolean(), ...extra, data });

const serviceEntries = { police_service_id: v.string(), name: v.string(), kind: v.picklist(SERVICE_KINDS), opp_region: v.nullable(v.string()), features: Features };

export const Peers = v.object({
	...serviceEntries,
	group: v.object({
		basis: v.picklist(GROUP_BASES),
		k: nullableInteger(),
		features_used: described(
			v.nullable(v.array(v.object({ id: v.string(), status: v.picklist(FEATURE_STATUSES) }))),
			'Most similar groups only: each feature and whether the distances used it (used), or not because some candidate has no value published to every viewer (unknown) or all candidates are equal (no_variance). Computed once for every viewer.'
		),
		left_out: described(
			v.nullable(v.array(v.object({ police_service_id: v.string(), missing: v.array(v.string()) }))),
			'Most similar groups only: services with a required feature unknown (no census population), left out of every group rather than placed at the average'
		),
		members: v.array(
			v.object({
				police_service_id: v.string(),
				name: v.string(),
				rank: integer(),
				distance: described(v.nullable(v.number()), 'Standardised distance; null outside most similar groups'),
				kind: v.picklist(SERVICE_KINDS),
				opp_region: v.nullable(v.string()),
				features: Features
			})
		)
	})
});

export const SideBySide = v.object({
	services: v.array(v.object(serviceEntries)),
	metrics: v.array(
		v.object({
			metric: v.picklist(COMPARED_METRICS),
			compared: described(
				v.boolean(),
				'False for raw counts (referrals, charges, backlog…): shown as is, with no percentile, difference or Ontario average, since counts of services of different sizes are not comparable; compare the rates'
			),
			ranked_services: described(integer(), 'Services with a value published to everyone: the percentiles’ base, the same for every viewer'),
			ontario_average: Average,
			values: v.array(
				v.object({
					police_service_id: v.string(),
					value: Disclosed,
					percentile: described(
						v.nullable(v.number()),
						'0–100: share of the other values published to everyone below it, ties counting half; the same for every viewer; null when its value is not published to everyone, the metric is a raw count, or no_unit'
					),
					no_unit: described(v.boolean(), 'The value is 0 because the service has no staff of the kind the metric is measured on: read “no unit”, not a percentile'),
					relative_to_first: v.nullable(v.number()),
					difference: described(v.nullable(v.picklist(DIFFERENCE_TONES)), 'Set when 10% or more from the first service')
				})
			)
		})
	)
});

export const compareOperations: Operation[] = [
	{
		path: '/api/services/{id}/peers',
		method: 'get',
		operationId: 'getPoliceServicePeers',
		summary: 'A police service’s comparison group: by default its most similar services (HMICFRS-style most similar group)',
		description:
			'Most similar: the k services nearest by weighted Euclidean distance on z-scores of population (log), density (log), share of children, distance to a large urban centre (log 1 + km) and referrals per 100,000 — context, never ICE capacity. Equal distances are ordered by id.',
		access: 'signed-in',
		parameters: [
			serviceIdParameter,
			{
				name: 'k',
				in: 'query',
				description: 'Size of the most similar group (at most the number of other services); a bad value is a 400 naming `k`',
				schema: v.pipe(v.number(), v.integer(), v.minValue(1), v.metadata({ default: DEFAULT_K }))
			},
			{
				name: 'group',
				in: 'query',
				description: 'similar: most similar; kind: every other service of the same kind; region: every other service in the same OPP region',
				schema: v.pipe(v.picklist(GROUP_BASES), v.metadata({ default: 'similar' }))
			},
			periodParameter
		],
		responses: {
			'200': {
				description: 'The service, its context and its group, nearest first',
				body: answer(Peers, { features: described(v.array(FeatureDefinition), 'Feature definitions: id, labels, unit, weight') })
			},
			'400': error('A malformed id, k, group or quarter (`parameter` names it)'),
			'404': error('No such police service')
		}
	},
	{
		path: '/api/compare',
		method: 'get',
		operationId: 'comparePoliceServices',
		summary: `Up to ${MAX_SIDE_BY_SIDE} police services side by side on every compared metric`,
		description: `Metrics: ${COMPARED_METRICS.join(', ')}. Each value comes with its percentile among services with a published value and its difference from the first service; Ontario's average is weighted by each ratio's denominator.`,
		access: 'signed-in',
		parameters: [
			{
				name: 'ids',
				in: 'query',
				required: true,
				description: `1 to ${MAX_SIDE_BY_SIDE} distinct police service ids, comma-separated. Too many, malformed or repeated ids are a 400 naming \`ids\`; an unknown id is a 404.`,
				schema: v.pipe(v.string(), v.examples(['toronto,naps,ottawa']))
			},
			periodParameter
		],
		responses: {
			'200': { description: 'The services and each metric across them', body: answer(SideBySide, { count: integer() }) },
			'400': error('Malformed, repeated or too many ids, or a bad quarter (`parameter` names it)'),
			'404': error('An unknown police service')
		}
	}
];
