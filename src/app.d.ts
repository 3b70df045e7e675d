// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '$lib/i18n/locale';
import type { AuthUser } from '$lib/server/auth/user';
import type { Role } from '$lib/domain/vocabulary';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
		}
		interface Locals {
			locale: Locale;
			/** Set by the handle hook on every request; null for anonymous visitors. */
			user: AuthUser | null;
		}
		interface PageState {
			/** The atlas map's view after a client-side change (shallow routing; the URL holds the same). */
			atlas?: import('$lib/domain/atlas-query').AtlasQuery;
		}
		interface PageData {
			/** Who is signed in, from the root layout (src/routes/+layout.server.ts); shown in the site header. */
			user?: { username: string; display_name: string; role: Role } | null;
		}
	}
}

export {};
