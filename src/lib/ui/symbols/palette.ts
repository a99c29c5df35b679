/**
 * The colours of the claimant sides, from the Okabe–Ito colour-blind-safe palette. Defined once here
 * and used by the map layers, the legend, the list and the popups, so a colour means one side
 * everywhere.
 */
import type { ClaimantSide } from '../../core/contract';

/** Fill colour of each side's symbols and shaded regions. */
export const SIDE_COLOURS: Record<ClaimantSide, string> = {
	russia: '#D55E00',
	ukraine: '#0072B2',
	united_states: '#009E73',
	other: '#CC79A7',
	unattributed: '#8C8C8C'
};

/** Outline drawn around every symbol, so light fills stay visible on the pale basemap. */
export const SYMBOL_OUTLINE = '#1b1f24';
