/**
 * Text hygiene for every free-text input (form fields, JSON strings, query parameters, cells).
 * PostgreSQL's text type cannot hold U+0000 ("invalid byte sequence for encoding UTF8: 0x00"),
 * and an unpaired UTF-16 surrogate is not a Unicode scalar value: UTF-8 cannot encode it, so it
 * would be silently replaced on the way to the database and in every export (WHATWG Encoding,
 * "UTF-8 encode"; RFC 3629 §3). Both are refused where they arrive, naming the field.
 */
export type TextProblem = 'nul' | 'lone_surrogate';

/** What is wrong with a text, or null. One pass over the UTF-16 code units. */
export function textProblem(text: string): TextProblem | null {
	for (let index = 0; index < text.length; index += 1) {
		const unit = text.charCodeAt(index);
		if (unit === 0) return 'nul';
		if (unit >= 0xd800 && unit <= 0xdbff) {
			const next = text.charCodeAt(index + 1);
			if (next >= 0xdc00 && next <= 0xdfff) index += 1;
			else return 'lone_surrogate';
		} else if (unit >= 0xdc00 && unit <= 0xdfff) {
			return 'lone_surrogate';
		}
	}
	return null;
}

export interface BadText {
	/** The field: a form field or parameter name, or a JSON path such as `weights.children` or `items[2]`. */
	field: string;
	problem: TextProblem;
}

/** The English sentence for an API answer or error page ("description: contains a NUL character"). */
export function badTextMessage(bad: BadText): string {
	return `${bad.field}: ${bad.problem === 'nul' ? 'contains a NUL character (U+0000)' : 'contains an unpaired UTF-16 surrogate (not valid Unicode)'}`;
}

/** The first bad name or value among (name, value) pairs, such as URL parameters or form fields. */
export function findBadField(entries: Iterable<[string, string]>): BadText | null {
	for (const [name, value] of entries) {
		const inName = textProblem(name);
		if (inName) return { field: printableName(name), problem: inName };
		const inValue = textProblem(value);
		if (inValue) return { field: name, problem: inValue };
	}
	return null;
}

/**
 * The first bad key or string anywhere in a parsed JSON value, with its path. Depth-first with an
 * explicit stack, so a deeply nested body cannot overflow the call stack.
 */
export function findBadJson(value: unknown): BadText | null {
	const stack: [string, unknown][] = [['', value]];
	while (stack.length > 0) {
		const [path, item] = stack.pop() as [string, unknown];
		if (typeof item === 'string') {
			const problem = textProblem(item);
			if (problem) return { field: path === '' ? 'body' : path, problem };
		} else if (Array.isArray(item)) {
			for (let index = item.length - 1; index >= 0; index -= 1) stack.push([`${path}[${index}]`, item[index]]);
		} else if (item !== null && typeof item === 'object') {
			for (const [key, child] of Object.entries(item).reverse()) {
				const problem = textProblem(key);
				if (problem) return { field: `${path === '' ? '' : `${path}.`}${printableName(key)}`, problem };
				stack.push([path === '' ? key : `${path}.${key}`, child]);
			}
		}
	}
	return null;
}

/** A field name that is itself bad, shown with its bad code units escaped so the message stays valid text. */
function printableName(name: string): string {
	let out = '';
	for (let index = 0; index < name.length; index += 1) {
		const unit = name.charCodeAt(index);
		const pairs = unit >= 0xd800 && unit <= 0xdbff && (name.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
		if (pairs) {
			out += name.slice(index, index + 2);
			index += 1;
		} else if (unit === 0 || (unit >= 0xd800 && unit <= 0xdfff)) {
			out += `\\u${unit.toString(16).padStart(4, '0')}`;
		} else {
			out += name[index];
		}
	}
	return out;
}

/** The text with every NUL and unpaired surrogate replaced by U+FFFD, to quote bad input back safely. */
export function printableText(text: string): string {
	if (textProblem(text) === null) return text;
	let out = '';
	for (let index = 0; index < text.length; index += 1) {
		const unit = text.charCodeAt(index);
		if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
			out += text.slice(index, index + 2);
			index += 1;
		} else out += unit === 0 || (unit >= 0xd800 && unit <= 0xdfff) ? '\ufffd' : text[index];
	}
	return out;
}
