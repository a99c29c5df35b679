/**
 * Which event types can be claims about one incident: a strike and the casualties or destruction it
 * caused are one event told in parts; a capture and a repelled attack at one village on one day are one
 * contested event. The table is symmetric and lists each pair once, with the reason.
 */
import type { EventType } from '../contract';

/** A pair of event types that may describe one incident, and why. */
export interface CompatiblePair {
	a: EventType;
	b: EventType;
	reason: string;
}

/** Every pair of different event types that may be one incident (a type always goes with itself). */
export const COMPATIBLE_TYPES: readonly CompatiblePair[] = [
	{ a: 'strike', b: 'casualties', reason: 'a strike and the people it killed or wounded' },
	{ a: 'strike', b: 'equipment_destroyed', reason: 'a strike and what it destroyed' },
	{ a: 'strike', b: 'drone_downed', reason: 'a drone attack, partly shot down' },
	{ a: 'strike', b: 'missile_downed', reason: 'a missile attack, partly intercepted' },
	{ a: 'strike', b: 'aircraft_downed', reason: 'an air raid and the aircraft lost in it' },
	{ a: 'drone_downed', b: 'missile_downed', reason: 'a combined drone and missile attack' },
	{ a: 'drone_downed', b: 'casualties', reason: 'debris of a downed drone hurting people' },
	{
		a: 'missile_downed',
		b: 'casualties',
		reason: 'debris of an intercepted missile hurting people'
	},
	{ a: 'territorial_control', b: 'casualties', reason: 'fighting for a place and its losses' },
	{
		a: 'territorial_control',
		b: 'equipment_destroyed',
		reason: 'fighting for a place and the armour lost in it'
	},
	{ a: 'equipment_destroyed', b: 'casualties', reason: 'a vehicle destroyed with its crew' }
];

const PAIRS = new Set(COMPATIBLE_TYPES.flatMap((p) => [`${p.a}|${p.b}`, `${p.b}|${p.a}`]));

/** Whether claims of these two types may be about one incident. */
export function compatibleTypes(a: EventType, b: EventType): boolean {
	return a === b || PAIRS.has(`${a}|${b}`);
}
