/**
 * Text no article field may hold: a NUL character (it truncates strings in C libraries and is never
 * prose) or a lone UTF-16 surrogate (not Unicode: it cannot be written as UTF-8 without loss).
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `value` (the field named `field`) is not acceptable text, or null when it is. */
export function textProblem(field: string, value: string): string | null {
	if (value.includes('\u0000')) return `${field} contains a NUL character`;
	if (LONE_SURROGATE.test(value)) return `${field} contains a lone surrogate (not valid Unicode)`;
	return null;
}

/** The keys of `body` that are not among `allowed`. */
export function unknownFields(body: Record<string, unknown>, allowed: readonly string[]): string[] {
	return Object.keys(body).filter((k) => !allowed.includes(k));
}
