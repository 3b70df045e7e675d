import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { getDb } from '$lib/server/database';
import { idsParameter, sideBySideFor } from '$lib/server/side-by-side';
import { viewerClearance } from '$lib/server/viewer';

/**
 * Up to four services side by side. The picker form sends one `ids` per field; the answer redirects to
 * the shareable form `?ids=a,b,c`. A wrong list is shown with a message, beside the picker to fix it.
 */
export const load: PageServerLoad = async ({ url, locals }) => {
	const fields = url.searchParams.getAll('ids');
	if (fields.length > 1) {
		const canonical = new URLSearchParams(url.searchParams);
		canonical.set('ids', (idsParameter(url.searchParams) ?? '').split(',').filter((id) => id.trim() !== '').join(','));
		redirect(303, `/compare/side-by-side?${canonical}`);
	}
	const result = await sideBySideFor(await getDb(), url.searchParams, { cleared: await viewerClearance(locals), locale: locals.locale });
	if (result.problem?.code === 'period') error(400, `period: ${result.problem.message}`);
	return { ...result, text: pageText(locals.locale, ['compare', 'metrics']) };
};
