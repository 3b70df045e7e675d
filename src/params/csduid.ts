import type { ParamMatcher } from '@sveltejs/kit';

/** A 2021 Ontario census subdivision code: 35 + 5 digits. Anything else is a 404 page. */
export const match: ParamMatcher = (param) => /^35\d{5}$/.test(param);
