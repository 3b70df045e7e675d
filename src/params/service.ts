import type { ParamMatcher } from '@sveltejs/kit';

/** Police service ids are lowercase slugs (`toronto`, `opp-3501`). */
export const match: ParamMatcher = (param) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(param);
