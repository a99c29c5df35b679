/**
 * What can be counted in a war report, as data: patterns for the nouns of weapons, equipment and
 * people, each with its quantity category. Earlier entries win at the same position, so specific
 * names ("Tu-143", a reconnaissance drone) come before the generic ones ("Tu-…" aircraft).
 */
import type { QuantityCategory } from '../contract';

/** One entry: a regular-expression source (no capturing groups) and its category. */
export interface ItemPattern {
	category: QuantityCategory;
	pattern: string;
}

/** Bombs, shells and other munitions: what a strike uses, never a thing shot down or destroyed. */
export const MUNITION_PATTERN =
	'(?:(?:guided|glide|aerial|cluster|high-explosive|unguided|air|heavy|incendiary)\\s+)*(?:bombs?|munitions?)|(?:KAB|FAB|UPAB)s?(?:-\\d+\\w*)?|(?:artillery|mortar|tank|cluster)\\s+(?:shells?|rounds?)|shells|(?:explosive|incendiary)\\s+devices?|explosives|(?:hand\\s+)?grenades?';
/** Tests an item's words for a munition. */
export const MUNITION_RE = new RegExp(`^(?:${MUNITION_PATTERN})$`, 'i');

/** The item vocabulary, most specific first. */
export const ITEM_PATTERNS: readonly ItemPattern[] = [
	{ category: 'drone', pattern: 'Tu-14[13](?:\\s+Reys)?' },
	{
		category: 'drone',
		pattern:
			'(?:Bayraktars?(?:\\s+TB2s?)?|Orlan(?:-\\d+)?s?|Shahed(?:-\\d+(?:/\\d+)?)?s?|Geran(?:-\\d+(?:/\\d+)?)?s?|Lancets?|Mohajer(?:-\\d+)?s?)(?:\\s+(?:(?:attack|kamikaze|strike)\\s+)?(?:drones?|UAVs?|loitering\\s+munitions?))?'
	},
	{
		category: 'drone',
		pattern:
			'(?:unmanned\\s+aerial|unmanned\\s+aircraft|unmanned\\s+combat\\s+aerial)\\s+(?:vehicles?|systems?)|(?:kamikaze\\s+|attack\\s+|strike\\s+|reconnaissance\\s+|combat\\s+)?(?:drones?|UAVs?)'
	},
	{
		category: 'missile',
		pattern:
			'(?:(?:Kh|KH)-\\d+\\w*|Kalibrs?|Iskanders?(?:-M)?|Tochka(?:-U)?s?|Kinzhals?|Onyx(?:es)?|S-300)(?:\\s+(?:cruise\\s+|ballistic\\s+)?missiles?)?'
	},
	{
		category: 'missile',
		pattern:
			'(?:cruise|ballistic|guided|anti-aircraft|air-to-surface|hypersonic|anti-ship)\\s+missiles?|missiles?'
	},
	{
		category: 'missile',
		pattern:
			'(?:HIMARS|MLRS|Grad|Uragan|Smerch|Vilkha|Tornado)\\s+(?:rockets?|missiles?)|ATACMS(?:\\s+missiles?)?'
	},
	{ category: 'aircraft', pattern: '(?:Su|MiG|Mi|Ka|Tu|Il|Yak|An|F)-\\d+\\w*' },
	{
		category: 'aircraft',
		pattern:
			'(?:fighter|attack|transport)\\s+(?:jets?|aircraft|planes?)|(?:war)?planes?|jets?|aircraft|helicopters?|bombers?'
	},
	// Munitions a strike uses; counted, but never a claim of their own ("guided bombs hit X").
	{ category: 'other', pattern: MUNITION_PATTERN },
	{
		category: 'artillery',
		pattern:
			'(?:multiple\\s+)?rocket\\s+launch(?:ers?|ing\\s+systems?)|(?:MLRS|HIMARS|Grads?|Uragans?|Smerch(?:es)?)(?:\\s+(?:launchers?|systems?|rocket\\s+launchers?))?'
	},
	{
		category: 'artillery',
		pattern:
			'(?:self-propelled\\s+)?(?:artillery|howitzer)\\s+(?:systems?|pieces?|guns?|mounts?|installations?|units?)|howitzers?|mortars?|field\\s+guns?|artillery'
	},
	{ category: 'missile', pattern: 'rockets?' },
	{ category: 'other', pattern: '(?:fuel|oil|storage|water|gas)\\s+tanks?' },
	{ category: 'tank', pattern: 'T-\\d+\\w*|tanks?' },
	{
		category: 'armoured_vehicle',
		pattern:
			'(?:combat\\s+)?armou?red\\s+(?:personnel\\s+carriers?|fighting\\s+vehicles?|combat\\s+vehicles?|vehicles?|cars?)|infantry\\s+fighting\\s+vehicles?|APCs?|IFVs?|BMP(?:-\\d+)?s?|BTR(?:-\\d+)?s?'
	},
	{
		category: 'vehicle',
		pattern: '(?:military\\s+|special\\s+|motor\\s+|fuel\\s+)?(?:vehicles?|trucks?|lorries)'
	},
	{
		category: 'equipment',
		pattern:
			'(?:military\\s+)?equipment|ammunition\\s+depots?|fuel\\s+depots?|depots?|arsenals?|radars?(?:\\s+stations?)?|command\\s+posts?|air\\s+defen[cs]e\\s+systems?|warships?|ships?|boats?|vessels?|(?:communications?|command|control|signal|relay)\\s+(?:cent(?:re|er)s?|nodes?|hubs?|points?|stations?)|(?:jamming|electronic\\s+warfare|EW|radio\\s+reconnaissance|radio-electronic\\s+warfare|satellite\\s+communications?)\\s+(?:stations?|systems?|complex(?:es)?)|(?:ammunition|weapons?|fuel|military)\\s+(?:warehouses?|storage\\s+(?:sites?|facilit(?:y|ies)|points?))|Starlink\\s+terminals?'
	},
	{
		category: 'personnel',
		pattern:
			'(?:military\\s+)?personnel|servicem[ae]n|soldiers?|troops|nationalists|militants|fighters|mercenaries|marines|paratroopers|officers|invaders|occupiers|saboteurs|combatants'
	},
	{
		category: 'civilians',
		pattern:
			'civilians?|residents?|people|child(?:ren)?|(?:wo)?m[ae]n|persons?|inhabitants|boys?|girls?|teenagers?'
	},
	{ category: 'other', pattern: 'battalion\\s+tactical\\s+groups?' }
];

// Nouns an item can modify, making it the means or the name of something else, not a thing counted.
/** Heads that make the item before them a strike's means ("a missile strike", "drone debris"). */
export const MEANS_HEADS =
	'strikes?|attacks?|raids?|barrages?|shelling|launch(?:es)?|debris|fragments?|wreckage|remains|alerts?|threats?|danger|terror|warfare|campaigns?';
/** Heads that make the item before them part of a unit's or an industry's name ("missile troops"). */
export const UNIT_HEADS =
	'units?|crews?|troops|forces|gunners|operators|pilots|teams?|groups?|squads?|brigades?|regiments?|divisions?|battalions?|arm(?:y|ies)|corps|compan(?:y|ies)|platoons?|defen[cs]es?|production|plants?|factor(?:y|ies)|workshops?|facilit(?:y|ies)|enterprises?|assembly|makers?|manufacturers?|programs?|programmes?|industry|control|parks?';
/** Nouns that make a weapon's name a piece of equipment ("S-300 missile systems", "drone launchers"). */
export const SYSTEM_HEADS =
	'systems?|launchers?|complex(?:es)?|batter(?:y|ies)|installations?|carriers?';
/** Nouns after "civilian" that make it an adjective ("a civilian car"), not a person counted. */
export const CIVILIAN_THINGS =
	'infrastructure|cars?|vehicles?|objects?|facilit(?:y|ies)|buildings?|targets?|homes?|houses?|population|enterprises?|ships?|vessels?|areas?|sites?|trains?|bus(?:es)?|aircraft|airports?|sector';
