/**
 * The JSON builders' answers against the documented schemas, at compile time: `npm run check` fails when a builder
 * returns a field the document types differently or leaves out one it requires. The contract test
 * (tests/integration/openapi-contract.test.ts) checks the same against real answers; this covers fields that the
 * seeded data never exercises (a null, a rarer enum value).
 */
import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import { toCommunityDetailJson, toCommunityJson } from '../community-json';
import { featureDefinitionsJson, peersJson, sideBySideJson } from '../compare-json';
import { baselineJson, communityGapJson, communityMetricsJson, serviceMetricsJson } from '../coverage-json';
import { recordJson } from '$lib/server/import/api-answers';
import { preventionJson, registryJson, trainingJson } from '$lib/server/streams/json';
import { requestDetailJson, requestJson } from '../../../../routes/api/project-p/answers';
import { allocationJson, scenarioJson, summaryJson } from '../../../../routes/api/allocations/allocation-answers';
import { Community, PoliceService } from '../schemas/shared';
import { Allocation, Scenario, summaryEntries } from './allocations';
import { FeatureDefinition, Peers, SideBySide } from './compare';
import { Baseline, CommunityGap, CommunityMetrics, ServiceMetrics } from './coverage';
import { CommunityDetail } from './foundation';
import { ImportRecord } from './imports';
import { Request, RequestDetail } from './project-p';
import { Prevention, Registry, Training } from './streams';

type Out<S extends v.GenericSchema> = v.InferOutput<S>;

describe('the JSON builders return what the document describes', () => {
	it('reference data', () => {
		expectTypeOf(toCommunityJson).returns.toExtend<Out<typeof Community>>();
		expectTypeOf(toCommunityDetailJson).returns.toExtend<Out<typeof CommunityDetail>>();
		expectTypeOf<Out<typeof PoliceService>>().toHaveProperty('kind');
	});

	it('coverage', () => {
		expectTypeOf(communityGapJson).returns.toExtend<Out<typeof CommunityGap>>();
		expectTypeOf(baselineJson).returns.toExtend<Out<typeof Baseline>>();
		// A metric's value is typed as any metric's value (a non-numeric metric's too); the contract test checks real ones.
		expectTypeOf<Omit<ReturnType<typeof communityMetricsJson>, 'metrics'>>().toExtend<Omit<Out<typeof CommunityMetrics>, 'metrics'>>();
		expectTypeOf<Omit<ReturnType<typeof serviceMetricsJson>, 'metrics'>>().toExtend<Omit<Out<typeof ServiceMetrics>, 'metrics'>>();
	});

	it('peer comparison', () => {
		expectTypeOf(peersJson).returns.toExtend<Out<typeof Peers>>();
		expectTypeOf(sideBySideJson).returns.toExtend<Out<typeof SideBySide>>();
		expectTypeOf(featureDefinitionsJson).returns.toExtend<Out<typeof FeatureDefinition>[]>();
	});

	it('imports, streams, Project P and allocations', () => {
		// The row type allows `preview`; the history's query leaves previews out (queries/imports.ts `list`).
		expectTypeOf<Omit<ReturnType<typeof recordJson>, 'status'>>().toExtend<Omit<Out<typeof ImportRecord>, 'status'>>();
		expectTypeOf(preventionJson).returns.toExtend<Out<typeof Prevention>>();
		expectTypeOf(trainingJson).returns.toExtend<Out<typeof Training>>();
		expectTypeOf(registryJson).returns.toExtend<Out<typeof Registry>>();
		expectTypeOf(requestJson).returns.toExtend<Out<typeof Request>>();
		expectTypeOf(requestDetailJson).returns.toExtend<Out<typeof RequestDetail>>();
		expectTypeOf(allocationJson).returns.toExtend<Out<typeof Allocation>>();
		expectTypeOf(summaryJson).returns.toExtend<Out<v.ObjectSchema<typeof summaryEntries, undefined>>>();
		expectTypeOf(scenarioJson).returns.toExtend<Out<typeof Scenario>>();
	});
});
