/**
 * Page furniture: the lines of a news page that make no claim of their own — headlines, photo
 * captions and credits, bylines. A caption may describe the event the body reports ("A still frame
 * shows smoke over X"), but it is the photographer's description, not a claim.
 */

/** A short line without closing punctuation (headline, caption, byline) repeats the article. */
function isHeadline(line: string): boolean {
	return !/[.!?…"”’)]$/.test(line) && line.split(/\s+/).length <= 15;
}

/** "Photo: …", "FILE PHOTO: …", "Credit: …", "Caption: …", "Pictured: …". */
const LABELLED =
	/^(?:file\s+photo|photos?|image|images|picture|pictured|caption|credits?|video|illustration)\s*[:：-]/i;

/** "A still frame from a video shows …", "This handout photo …", "Smoke rises over X in this photo …". */
const DESCRIBES_PICTURE =
	/^(?:an?|this|the)\s+(?:(?:still|handout|undated|aerial|satellite|file|video)\s+)*(?:image|photo|photograph|picture|frame|screen\s?grab|screenshot|grab|handout|view)(?:\s*,|\s+(?:shows|showing|taken|released|provided|distributed|obtained|made|posted|from|of|dated)\b)|\bin\s+this\s+(?:handout\s+|undated\s+|file\s+)*(?:photo|image|picture|screen\s?grab|frame)\b/i;

/** A credit in brackets that closes a caption: "(Photo by Jane Roe/Agency via Getty Images)". */
const CREDIT_AT_END =
	/\((?:[^()]*\b(?:photo|photograph|getty|handout|courtesy|credit|via|AP Photo|Reuters|AFP|EPA|pool)\b[^()]*)\)\s*$/i;

/** A photographer and agency in brackets that close a caption: "(Jane Roe/AP)", "(Jane Roe/Agency Pool)". */
const NAMED_CREDIT_AT_END =
	/\((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*\s*\/\s*\p{Lu}[\p{L}&.'’ -]{1,40}\)\s*\.?$/u;

/**
 * A wire photo credit that closes a caption without brackets: "… October 6, 2022. AGENCY/Jane Roe",
 * "… in Testovo. Jane Roe/AGENCY via Getty Images", "… Jane Roe/Agency/Getty Images" (the agency in
 * capitals or followed by a slash).
 */
const AGENCY_CREDIT_END =
	/(?:\b\p{Lu}{2,}(?:-\p{Lu}{2,})?\s*\/\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:\/\s*(?:File|Pool|Handout)(?:\s+Photo)?)?|\b(?:via|\/)\s*Getty\s+Images|\/\s*\p{Lu}{2,}(?:\s+via\s+\p{Lu}[\p{L}]+)?)\s*\.?$/u;

/** "By Jane Roe", "By Jane Roe and John Doe" (names only), "Reporting by …; Editing by …". */
const NAME = "\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}";
const BYLINE = new RegExp(`^[Bb]y\\s+${NAME}(?:\\s*(?:,|and)\\s*${NAME})*\\s*$`, 'u');
const CREDITS_LINE = /^(?:additional\s+)?(?:reporting|writing|editing)\s+by\b/i;

/** Why a line is page furniture rather than a claim, or null when it may hold claims. */
export function furnitureKind(line: string): 'headline' | 'caption' | 'byline' | null {
	const text = line.trim();
	if (BYLINE.test(text) || CREDITS_LINE.test(text)) return 'byline';
	if (
		LABELLED.test(text) ||
		DESCRIBES_PICTURE.test(text) ||
		CREDIT_AT_END.test(text) ||
		NAMED_CREDIT_AT_END.test(text) ||
		AGENCY_CREDIT_END.test(text)
	)
		return 'caption';
	if (isHeadline(text)) return 'headline';
	return null;
}
