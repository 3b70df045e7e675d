/** A CSV download with the atlas's naming: ontario-ice-<subject>-<key>.csv. */
export function csvResponse(body: string, subject: string, key: string | number): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="ontario-ice-${subject}-${key}.csv"`
		}
	});
}
