/**
 * Where in an MDX file the prose is: the text an editor's punctuation fixes may touch. Code is
 * everything else: frontmatter delimiters, import/export lines, fenced and inline code, JSX
 * tags with their attributes, {expressions}, comments, link addresses and bare URLs.
 */

export type Range = readonly [start: number, end: number];

/** End of a balanced `{…}` starting at `start`, quotes respected. */
function expressionEnd(text: string, start: number): number {
	let depth = 0;
	for (let i = start; i < text.length; i++) {
		const char = text[i];
		if (char === '"' || char === "'" || char === '`') {
			const close = text.indexOf(char, i + 1);
			if (close < 0) return text.length;
			i = close;
		} else if (char === '{') depth++;
		else if (char === '}' && --depth === 0) return i + 1;
	}
	return text.length;
}

/** End of a JSX/HTML tag starting at `<`, attribute quotes and {expressions} respected. */
function tagEnd(text: string, start: number): number {
	for (let i = start + 1; i < text.length; i++) {
		const char = text[i];
		if (char === '"' || char === "'") {
			const close = text.indexOf(char, i + 1);
			if (close < 0) return text.length;
			i = close;
		} else if (char === '{') i = expressionEnd(text, i) - 1;
		else if (char === '>') return i + 1;
	}
	return text.length;
}

/** Where `what` ends in `body`, searched from `from`, its own length included; the end of `body` if it never does. */
function endOf(body: string, what: string, from: number, length = what.length): number {
	const at = body.indexOf(what, from);
	return at < 0 ? body.length : at + length;
}

/** Ranges of MDX body that are code, in order, not overlapping. Code left open runs to the end. */
export function codeRanges(body: string): Range[] {
	const ranges: Range[] = [];
	const lineStart = (i: number) => i === 0 || body[i - 1] === '\n';
	for (let i = 0; i < body.length; i++) {
		const rest = body.slice(i, i + 8);
		let end: number | undefined;
		if (lineStart(i) && /^(import|export)\s/.test(rest)) end = endOf(body, '\n', i, 0);
		else if (lineStart(i) && rest.startsWith('```')) {
			const close = body.indexOf('\n```', i + 3);
			end = close < 0 ? body.length : endOf(body, '\n', close + 4, 0);
		} else if (rest.startsWith('<!--')) end = endOf(body, '-->', i + 4);
		else if (body[i] === '`') end = endOf(body, '`', i + 1);
		else if (body[i] === '<' && /^<\/?[A-Za-z]/.test(rest)) end = tagEnd(body, i);
		else if (body[i] === '{') end = expressionEnd(body, i);
		else if (rest.startsWith('](')) end = endOf(body, ')', i);
		else if (/^https?:\/\//.test(rest)) end = i + /^\S+/.exec(body.slice(i))![0].length;
		if (end === undefined) continue;
		ranges.push([i, end]);
		i = end - 1;
	}
	return ranges;
}

/** The complement of `codeRanges`: where prose is. */
export function proseRanges(body: string): Range[] {
	const prose: Range[] = [];
	let from = 0;
	for (const [start, end] of codeRanges(body)) {
		if (start > from) prose.push([from, start]);
		from = end;
	}
	if (from < body.length) prose.push([from, body.length]);
	return prose;
}

/** Applies `fix` to the prose of an MDX body, leaving code byte for byte as it was. */
export function mapProse(body: string, fix: (prose: string) => string): string {
	let out = '';
	let from = 0;
	for (const [start, end] of codeRanges(body)) {
		out += fix(body.slice(from, start)) + body.slice(start, end);
		from = end;
	}
	return out + fix(body.slice(from));
}
