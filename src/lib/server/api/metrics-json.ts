/**
 * The metric registry as `GET /api/metrics` publishes it: an entry's published fields (domain/metrics/)
 * with its words in both languages from the dictionaries (i18n/sections/metrics.ts), in the field order
 * the answer has always had.
 */
import { publishedDefinition, type MetricId } from '../../metrics';
import { messages } from '../../i18n/messages';

const bilingual = (en: string, fr: string) => ({ en, fr });

export function metricJson(id: MetricId) {
	const { unit, direction, formula, inputs, scope, disclosure, illustrative_inputs, thresholds } = publishedDefinition(id);
	const [en, fr] = [messages('en').metrics[id], messages('fr').metrics[id]];
	const names = (words: typeof en) => ('thresholds' in words ? words.thresholds : []);
	return {
		id,
		label: bilingual(en.label, fr.label),
		short_label: bilingual(en.shortLabel, fr.shortLabel),
		unit,
		direction,
		definition: bilingual(en.definition, fr.definition),
		formula,
		inputs,
		scope,
		disclosure,
		illustrative_inputs,
		...(thresholds && {
			thresholds: thresholds.map(({ value }, i) => ({ value, label: bilingual(names(en)[i] ?? '', names(fr)[i] ?? '') }))
		})
	};
}
