// A guard for the rules in docs/style.md, not a style rewrite: no formatting or stylistic rules here.
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import unicorn from 'eslint-plugin-unicorn';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Kebab-case module names; `multipleFileExtensions` (on by default) checks only the part before the
 * first dot, so `x.svelte.ts`, `x.server.ts` and `x.test.ts` are checked as `x`. */
const kebabFiles = { case: 'kebabCase', ignore: [/^\+/] };

/**
 * Layer rules (docs/style.md, "Imports flow one way"): an import of folder `name` written through the
 * `$lib` alias or as a relative path climbing out of the importing folder. Routes may import anything.
 */
const layer = (name) => ({
	regex: `^(\\$lib/|(\\.\\./)+)${name}(/|$)`,
	message: `this layer may not import ${name}/ (docs/style.md, "Imports flow one way")`
});
/** Test files are left out: a test may check that a dictionary covers every code the domain emits. */
const production = { ignores: ['**/*.test.ts'] };

export default defineConfig(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'data/',
			'bench/results/'
		]
	},
	tseslint.configs.recommended,
	svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: {
					// JS files outside tsconfig.json's include are typed with the default project.
					allowDefaultProject: ['eslint.config.js', 'scripts/*.js']
				},
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		},
		plugins: { unicorn },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-explicit-any': 'error',
			// A leading underscore marks a value left out on purpose (`const { source: _source, ...rest } = row`).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			],
			// No @ts-ignore; @ts-expect-error must say why.
			'@typescript-eslint/ban-ts-comment': [
				'error',
				{ 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }
			],
			'unicorn/filename-case': ['error', kebabFiles],
			// kit.paths.base is empty and links are plain root-relative paths, so resolve() would add nothing.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				parser: tseslint.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['**/*.svelte'],
		rules: {
			// Components are PascalCase; SvelteKit route files (+page.svelte, +layout.svelte, +error.svelte) keep kit's names.
			'unicorn/filename-case': ['error', { case: 'pascalCase', ignore: [/^\+/] }]
		}
	},
	{
		...production,
		files: ['src/lib/server/**', 'src/lib/i18n/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [layer('components')] }] }
	},
	{
		// Pure code: no I/O, no framework state, no text; it runs in the server and the browser alike.
		...production,
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						layer('components'),
						layer('server'),
						layer('i18n'),
						{ regex: '^\\$(app|env)/', message: 'the domain is pure: no SvelteKit runtime or environment' }
					]
				}
			]
		}
	},
	{
		// Migrations are typed against Kysely<any> on purpose (they must not depend on today's schema). Their
		// per-line disable comments predate this override, so don't report them as unused. File names mirror
		// the migration ids recorded in kysely_migration (index.ts); renaming one would re-run it.
		files: ['src/lib/server/db/migrations/**'],
		linterOptions: { reportUnusedDisableDirectives: 'off' },
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'unicorn/filename-case': ['error', { ...kebabFiles, ignore: [/^\+/, /^\d{4}_\d{2}_\d{2}_\d{4}_[a-z\d_]+\.ts$/] }]
		}
	}
);
