import type { LayoutLoad } from './$types';
import { loadMessages } from '$lib/i18n/load-messages';

/** The dictionary joins the layout data here, in the universal load, so it is not serialised into the page. */
export const load: LayoutLoad = async ({ data }) => ({ ...data, t: await loadMessages(data.locale) });
