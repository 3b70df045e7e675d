/**
 * The part of mapshaper's Node API the pipeline uses (mapshaper ships no type declarations).
 * applyCommands runs a command string against in-memory input files and resolves to the output
 * files, keyed by the file names given to `-o`. See the mapshaper wiki, "Using mapshaper
 * programmatically".
 */
declare module 'mapshaper' {
	interface Mapshaper {
		applyCommands(
			commands: string,
			inputs: Record<string, string | Buffer>
		): Promise<Record<string, string | Buffer>>;
	}
	const mapshaper: Mapshaper;
	export default mapshaper;
}
