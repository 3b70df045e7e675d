/**
 * Builds the map file data/geo/ontario-csd-2021.topo.json from the 2021 Ontario CSD boundaries.
 *
 *   npm run data:geo [-- --source PATH]
 *
 * Recipe (measured in shared/data/geo/PROVENANCE.md): mapshaper -clean (fills the gap slivers
 * left by the upstream feature-by-feature simplification and builds shared arcs), -simplify 10%
 * keep-shapes (keep-shapes so no CSD disappears; no sliver or island filter, which would delete
 * Christian Island 30A), TopoJSON quantized at 1e5. mapshaper's TopoJSON decodes with rings wound
 * the way d3-geo expects. The single object is `communities`; each geometry's id is its CSDUID and
 * carries no properties (names and figures live in data/reference/communities.csv).
 *
 * The source is validated first and the output is decoded and checked before it is written;
 * any problem is printed one per line and the script exits non-zero without writing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import mapshaper from 'mapshaper';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { outputFeatureProblems, sizeProblems, sourceIdProblems } from './lib/geo-checks';
import { dataPath, displayPath, sharedDataDir } from './lib/project-paths';
import { exitIfProblems, exitWithProblems, runScript } from './lib/script-exit';

const SCRIPT = 'build-geo';
const OBJECT_NAME = 'communities';
const OUTPUT_FILE = dataPath('geo', 'ontario-csd-2021.topo.json');
const MAPSHAPER_COMMANDS = [
	`-i source.geojson name=${OBJECT_NAME}`,
	'-clean',
	'-simplify 10% keep-shapes',
	'-filter-fields CSDUID',
	'-o output.topo.json format=topojson quantization=1e5 id-field=CSDUID'
].join(' ');

async function main(): Promise<void> {
	const { values } = parseArgs({ options: { source: { type: 'string' } } });
	const sourceFile = path.resolve(values.source ?? path.join(sharedDataDir, 'geo', 'ontario-csd-2021.geojson'));
	const sourceText = readFileSync(sourceFile, 'utf8');
	const source = JSON.parse(sourceText) as FeatureCollection;
	if (source.type !== 'FeatureCollection' || !Array.isArray(source.features)) {
		exitWithProblems(SCRIPT, [`${displayPath(sourceFile)}: not a GeoJSON FeatureCollection`]);
	}
	exitIfProblems(SCRIPT, sourceIdProblems(source.features));

	const outputs = await mapshaper.applyCommands(MAPSHAPER_COMMANDS, { 'source.geojson': sourceText });
	const built = outputs['output.topo.json'];
	if (built === undefined) exitWithProblems(SCRIPT, ['mapshaper produced no output.topo.json']);
	const topology = withoutProperties(JSON.parse(String(built)) as Topology);
	const text = JSON.stringify(topology);
	const gzipBytes = gzipSync(text, { level: 9 }).length;

	const object = topology.objects[OBJECT_NAME];
	if (!object || object.type !== 'GeometryCollection') exitWithProblems(SCRIPT, [`topology has no ${OBJECT_NAME} GeometryCollection`]);
	const decoded = feature(topology, object);
	exitIfProblems(SCRIPT, [...outputFeatureProblems(decoded.features, source.features.length), ...sizeProblems(gzipBytes)]);

	mkdirSync(path.dirname(OUTPUT_FILE), { recursive: true });
	writeFileSync(OUTPUT_FILE, text);
	console.log(`${displayPath(OUTPUT_FILE)}: ${decoded.features.length} communities, checks passed`);
	console.log(`size: ${kilobytes(Buffer.byteLength(text))} raw, ${kilobytes(gzipBytes)} gzip -9`);
}

/** Drops the CSDUID property mapshaper keeps beside the id: the id is the only key needed. */
function withoutProperties(topology: Topology): Topology {
	for (const object of Object.values(topology.objects)) {
		if (object.type !== 'GeometryCollection') continue;
		for (const geometry of object.geometries) delete geometry.properties;
	}
	return topology;
}

function kilobytes(bytes: number): string {
	return `${bytes.toLocaleString('en-CA')} bytes (${(bytes / 1024).toFixed(1)} KiB)`;
}

runScript(SCRIPT, main);
