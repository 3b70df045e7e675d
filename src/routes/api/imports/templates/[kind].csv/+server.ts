import * as v from 'valibot';
import type { RequestHandler } from './$types';
import { ImportKindSchema } from '$lib/domain/import/kinds';
import { templateCsv, templateFileName } from '$lib/domain/import/template';
import { notFound } from '$lib/server/api/respond';

/** The template of one kind: English headers, UTF-8 with BOM (columns explained at /imports/dictionary). */
export const GET: RequestHandler = ({ params }) => {
	const kind = v.safeParse(ImportKindSchema, params.kind);
	if (!kind.success) return notFound('import template', params.kind);
	return new Response(templateCsv(kind.output), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="${templateFileName(kind.output)}"`
		}
	});
};
