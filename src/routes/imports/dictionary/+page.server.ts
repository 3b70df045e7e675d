import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';

export const load: PageServerLoad = ({ locals }) => ({ text: pageText(locals.locale, ['imports']) });
