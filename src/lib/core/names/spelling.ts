/** Whether two names are spellings of one name rather than different names. */
import { normaliseName } from './normalise';
import { phoneticKey } from './phonetic';

/**
 * Whether the text's spelling of a place is a spelling of the place's name ("Kharkov" for Kharkiv,
 * "Azovstal steel plant" for Azovstal) rather than another name ("Artemovsk" for Bakhmut) or a
 * near miss read as a slip ("Testenka" for Testivka).
 */
export function spellsName(mention: string, name: string): boolean {
	const a = normaliseName(mention);
	const b = normaliseName(name);
	return a.startsWith(b) || b.startsWith(a) || phoneticKey(a) === phoneticKey(b);
}
