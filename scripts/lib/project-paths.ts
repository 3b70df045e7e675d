/**
 * Where the pipeline reads and writes. The project root is found from this module's own URL, so
 * the scripts work from any checkout and any working directory; shared inputs default to the
 * `shared/data` folder that sits next to the project, and each script accepts a flag to point
 * elsewhere. Nothing here knows a machine path.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json (this file lives in scripts/lib/). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Default location of the shared source files: `<project root>/../shared/data`. */
export const sharedDataDir = path.resolve(projectRoot, '..', 'shared', 'data');

/** A path inside the project's own data/ folder. */
export function dataPath(...segments: string[]): string {
	return path.join(projectRoot, 'data', ...segments);
}

/** A path for log lines: relative to the working directory, so logs never carry a machine path. */
export function displayPath(file: string): string {
	return path.relative(process.cwd(), file) || '.';
}
