/** Checks of a request's URL before routing, so a malformed one is a 400 rather than a crash. */

/** Why the path cannot be decoded (malformed percent-encoding, NUL), or null when it is fine. */
export function malformedPath(pathname: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return 'the path has malformed percent-encoding';
	}
	if (decoded.includes('\u0000')) return 'the path contains a NUL character';
	return null;
}
