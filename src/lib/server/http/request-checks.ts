/** Checks of a request's URL before routing, so a malformed one is a 400 rather than a crash. */

/** Why `encoded` cannot be decoded (malformed percent-encoding, NUL), or null when it is fine. */
function undecodable(encoded: string, what: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(encoded);
	} catch {
		return `${what} has malformed percent-encoding`;
	}
	if (decoded.includes('\u0000')) return `${what} contains a NUL character`;
	return null;
}

/** Why the path cannot be decoded (malformed percent-encoding, NUL), or null when it is fine. */
export function malformedPath(pathname: string): string | null {
	return undecodable(pathname, 'the path');
}

/**
 * Why the query string (`url.search`, with or without its `?`) cannot be decoded, or null. The
 * URL parser decodes a malformed parameter leniently (`%ZZ` stays as typed, a broken UTF-8 sequence
 * becomes U+FFFD), so a route would answer a question nobody asked; it is refused, naming the
 * parameter, as a malformed path is.
 */
export function malformedQuery(search: string): string | null {
	for (const pair of search.replace(/^\?/, '').split('&')) {
		if (!pair) continue;
		const at = pair.indexOf('=');
		const [name, value] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
		const plain = (s: string) => s.replace(/\+/g, ' ');
		const nameProblem = undecodable(plain(name), 'the query string');
		if (nameProblem) return nameProblem;
		const shown = decodeURIComponent(plain(name)).slice(0, 40);
		const valueProblem = undecodable(plain(value), `query parameter '${shown}'`);
		if (valueProblem) return valueProblem;
	}
	return null;
}
