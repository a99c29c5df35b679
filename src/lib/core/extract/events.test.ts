import { describe, expect, it } from 'vitest';
import { findEvents } from './events';

function types(sentence: string) {
	return findEvents(sentence).map((e) => e.eventType);
}

describe('findEvents', () => {
	it('reads the ways briefings retell a strike, a capture and a gain', () => {
		// Troops as what was aimed at make a strike; troops sent somewhere do not.
		expect(types('The army targeted enemy personnel and equipment near Lypky.')).toEqual([
			'strike'
		]);
		expect(types('Artillery hit troops near Lypky.')).toEqual(['strike']);
		expect(types('The army sent personnel and equipment to Lypky.')).toEqual([]);
		expect(types('Lypky and Dubky are now under Russian military jurisdiction.')).toEqual([
			'territorial_control'
		]);
		expect(types('The troops expelled enemy units from the Lypky settlement.')).toEqual([
			'territorial_control'
		]);
		expect(types('The police expelled the protesters from the square.')).toEqual([]);
		expect(types('His troops have achieved some progress to the south of Lypky.')).toEqual([
			'territorial_control'
		]);
		expect(types('Further fatalities were documented in Lypky.')).toEqual(['casualties']);
		expect(types('Local channels reported explosions in Lypky.')).toEqual(['strike']);
		expect(types('Troops were holding on to their positions in Lypky.')).toEqual([
			'territorial_control'
		]);
		// "counter attacks" written apart is a counter-attack, not a strike.
		expect(types('Troops carried out counter attacks against enemy positions near Lypky.')).toEqual(
			['territorial_control']
		);
		expect(types('Residents heard several blasts in Lypky.')).toEqual(['strike']);
	});

	it('reads shelling, rocket attacks and bombing as strikes', () => {
		expect(types('Enemy troops shelled the outskirts of the town overnight.')).toEqual(['strike']);
		expect(types('A missile strike hit a warehouse.')).toEqual(['strike']);
		expect(types('Bombing continued through the night.')).toEqual(['strike']);
	});

	it('reads a weapon that crashed into something as a strike, not any crash', () => {
		expect(types('An enemy drone crashed into an office building on Monday.')).toEqual(['strike']);
		expect(types('A lorry crashed into a bus stop on Monday.')).toEqual([]);
	});

	it('reads an offensive being launched or conducted as fighting, in any tense', () => {
		for (const text of [
			'Enemy troops are launching an offensive near Testovo.',
			'The army continues to conduct assaults near Testovo.',
			'They plan to mount a counteroffensive near Testovo soon.'
		])
			expect(types(text), text).toEqual(text.includes('plan to') ? [] : ['territorial_control']);
	});

	it('reads an attack at a time as a strike, an attack around a place as fighting', () => {
		expect(types('A shop had been attacked at around 13:15 in the village.')).toEqual(['strike']);
		expect(types('Enemy troops attacked around Testovo twice.')).toEqual(['territorial_control']);
	});

	it('reads places said to be targeted as struck, and a doer targeting with a weapon', () => {
		expect(types('The villages of Testovo and Probne were targeted overnight.')).toEqual([
			'strike'
		]);
		expect(types('The army targeted Testovo with drones.')).toEqual(['strike']);
		expect(types('The bloc targeted Testovo with new sanctions.')).toEqual([]);
	});

	it('summarises a strike with its target', () => {
		const [e] = findEvents('Artillery units were firing on residential buildings in the district.');
		expect(e.summary).toBe('shelling of residential buildings');
	});

	it('tells aircraft, drones and missiles apart by what was shot down', () => {
		expect(types('Air defence shot down a MiG-29.')).toEqual(['aircraft_downed']);
		expect(types('Seven Orlan-10 were neutralised overnight.')).toEqual(['drone_downed']);
		expect(types('Forces intercepted three cruise missiles and two drones.')).toEqual([
			'missile_downed',
			'drone_downed'
		]);
	});

	it('gives quantities and a readable summary for downed drones', () => {
		const [e] = findEvents('Twelve drones, including four Lancet, were downed.');
		expect(e.quantities).toEqual([
			{ count: 12, item: 'drones', category: 'drone' },
			{ count: 4, item: 'Lancet', category: 'drone' }
		]);
		expect(e.summary).toBe('12 drones (including 4 Lancet) downed');
	});

	it('separates casualties from destroyed equipment in one sentence', () => {
		const events = findEvents('The unit killed 40 soldiers and destroyed two tanks.');
		expect(events.map((e) => [e.eventType, e.summary])).toEqual([
			['casualties', '40 soldiers killed'],
			['equipment_destroyed', '2 tanks destroyed']
		]);
	});

	it('reads counted people "lost" as casualties ("the enemy lost up to 120 servicemen")', () => {
		const events = findEvents('The enemy lost up to 120 servicemen and five tanks.');
		expect(events.map((e) => [e.eventType, e.summary])).toEqual([
			['casualties', expect.stringContaining('120 servicemen')],
			['equipment_destroyed', expect.stringContaining('5 tanks')]
		]);
		expect(types('The town lost 300 residents to evacuation.')).toEqual([]);
	});

	it('reads "hit" as a strike only when a weapon is named, and "lost" only for counted items', () => {
		expect(types('Two missiles hit a grain terminal.')).toEqual(['strike']);
		expect(types('Sanctions hit the economy hard.')).toEqual([]);
		// A briefing's "units hit manpower of a brigade": the military object makes it a strike.
		expect(types('The units hit manpower and hardware of two brigades near Lisne.')).toEqual([
			'strike'
		]);
		expect(types('The group’s units hit the 12th mechanised brigade close to Lisne.')).toEqual([
			'strike'
		]);
		expect(types('The news hit the markets. Positions of traders changed.')).toEqual([]);
		expect(types('The brigade lost 12 tanks.')).toEqual(['equipment_destroyed']);
		expect(types('The town lost its power supply.')).toEqual([]);
		expect(types('Four people lost their lives.')).toEqual(['casualties']);
		expect(types('The shelling claimed the lives of two people.')).toEqual([
			'strike',
			'casualties'
		]);
		expect(types('Shelling claimed three lives.')).toEqual(['strike', 'casualties']);
	});

	it('reads weapons launched at a place as a strike that counts them', () => {
		const [e] = findEvents(
			'The enemy launched 30 Shahed drones and two Iskander missiles at the city.'
		);
		expect(e.eventType).toBe('strike');
		expect(e.quantities.map((q) => [q.count, q.category])).toEqual([
			[30, 'drone'],
			[2, 'missile']
		]);
		expect(e.summary).toBe('30 Shahed drones and 2 Iskander missiles launched');
		expect(types('The company launched a new product.')).toEqual([]);
	});

	it('summarises casualties with their own verbs, bare counts included', () => {
		const [e] = findEvents('Two people were killed and nine injured when debris fell.');
		expect(e.summary).toBe('2 people killed, 9 wounded');
	});

	it('gives each casualty count its own verb ("killed a woman and wounded 12 civilians")', () => {
		const summary = (sentence: string) =>
			findEvents(sentence).find((e) => e.eventType === 'casualties')?.summary;
		expect(summary('The blast killed a woman and wounded 12 civilians.')).toBe(
			'1 woman killed, 12 civilians wounded'
		);
		expect(summary('A rocket attack killed three people and wounded 15.')).toBe(
			'3 people killed, 15 wounded'
		);
	});

	it('reads capture, withdrawal and control as territorial control', () => {
		expect(types('The brigade captured the railway station.')).toEqual(['territorial_control']);
		expect(types('Troops withdrew from the left bank.')).toEqual(['territorial_control']);
	});

	it('reads repelled attacks and stopped offensives as territorial control, not strikes', () => {
		expect(
			types('Paratroopers repelled five attacks by enemy assault groups towards Ivanopil.')
		).toEqual(['territorial_control']);
		expect(types('Assaults by the invaders were repulsed near Sadove and Rivne.')).toEqual([
			'territorial_control'
		]);
		expect(types('The brigade beat back an assault on Dubove.')).toEqual(['territorial_control']);
		expect(types('The advance of the invaders was halted near Kamianka.')).toEqual([
			'territorial_control'
		]);
		expect(types('Marines thwarted an attempt by a sabotage group to cross the river.')).toEqual([
			'territorial_control'
		]);
		expect(types("The brigade foiled Testland's attacks west of Dubove.")).toEqual([
			'territorial_control'
		]);
	});

	it('reads reported fighting, offensives and held or improved lines as territorial control', () => {
		expect(types('The heaviest battles raged near Ivanopil.')).toEqual(['territorial_control']);
		expect(types('Clashes continued on the outskirts of Sadove.')).toEqual(['territorial_control']);
		expect(types('The invaders attempted an offensive outside Dubove and Rivne.')).toEqual([
			'territorial_control'
		]);
		expect(types('Enemy troops tried to advance towards Kamianka.')).toEqual([
			'territorial_control'
		]);
		expect(types('Russian forces conducted offensive operations near Ivanopil.')).toEqual([
			'territorial_control'
		]);
		expect(types('Our soldiers are holding back the enemy in Sadove.')).toEqual([
			'territorial_control'
		]);
		expect(types('Units of the group improved their tactical positions near Dubove.')).toEqual([
			'territorial_control'
		]);
		expect(types('Invading forces now occupy Rivne.')).toEqual(['territorial_control']);
		expect(types('The liberation of Kamianka was announced on Monday.')).toEqual([
			'territorial_control'
		]);
	});

	it('tells a ground attack from a strike by the words around it', () => {
		expect(types('Enemy forces attacked near Ivanopil and Sadove.')).toEqual([
			'territorial_control'
		]);
		expect(types('Enemy troops attacked in the Ivanopil and Sadove areas.')).toEqual([
			'territorial_control'
		]);
		expect(types('The invaders attacked our lines unsuccessfully at dawn.')).toEqual([
			'territorial_control'
		]);
		expect(types('Russian troops attacked the village of Dubove with artillery.')).toEqual([
			'strike'
		]);
		expect(types('An attack on the village of Rivne injured a woman.')).toEqual([
			'strike',
			'casualties'
		]);
	});

	it('does not read fighting for one’s life or a struggle to hold as a claim', () => {
		expect(types('Nurses are fighting for the lives of the wounded.')).toEqual(['casualties']);
		expect(types('The garrison struggled to beat off raids in the north.')).toEqual([]);
	});

	it('does not count the shooters as what was shot down or destroyed', () => {
		expect(
			types(
				'Anti-aircraft missile units and mobile fire groups shot down 16 drones over the south.'
			)
		).toEqual(['drone_downed']);
		expect(types('On-duty air defence systems destroyed five unmanned aerial vehicles.')).toEqual([
			'drone_downed'
		]);
		expect(
			types('Helicopter crews, gunners and fighter jets destroyed nine Shahed drones.')
		).toEqual(['drone_downed']);
		expect(types('Ukrainian drones destroyed three Russian tanks near Sadove.')).toEqual([
			'equipment_destroyed'
		]);
		expect(types('A Su-34 was shot down by a portable missile near Rivne.')).toEqual([
			'aircraft_downed'
		]);
	});

	it('keeps a participle after its counted nouns a passive ("seven people injured")', () => {
		const [e] = findEvents('The blast left seven people injured near the market.');
		expect([e.eventType, e.summary]).toEqual(['casualties', '7 people wounded']);
		expect(types('Six drones destroyed over Ivanopil, the ministry said.')).toEqual([
			'drone_downed'
		]);
	});

	it('adds no downing claim for a weapon named as the means of an attack', () => {
		expect(types('During a massive missile attack, air defence shot down 11 drones.')).toEqual([
			'strike',
			'drone_downed'
		]);
		const [strike] = findEvents('The army launched a missile strike on Kamianka.');
		expect([strike.eventType, strike.quantities, strike.summary]).toEqual([
			'strike',
			[],
			'missile strike'
		]);
	});

	it('reads no attack in the name of a drone and no strike in the launch of what was downed', () => {
		expect(types('Air defence shot down nine attack drones over Sadove.')).toEqual([
			'drone_downed'
		]);
		expect(types('Eleven of the 12 drones launched overnight were shot down over Rivne.')).toEqual([
			'drone_downed'
		]);
		expect(types('Four cruise missiles fired from the sea were destroyed by air defence.')).toEqual(
			['missile_downed']
		);
	});

	it('reads a repelled air attack as a strike, and air assault troops as ground forces', () => {
		expect(types('Air defence repelled a massive air attack on the capital.')).toEqual(['strike']);
		expect(types('The drone attack was repulsed, the city administration said.')).toEqual([
			'strike'
		]);
		expect(types('Air assault brigades repelled attacks near Sadove.')).toEqual([
			'territorial_control'
		]);
	});

	it('gives verbs joined by "and" one subject ("intercepted and destroyed")', () => {
		expect(types('Air defence systems intercepted and destroyed 22 drones.')).toEqual([
			'drone_downed'
		]);
	});

	it('counts "35 of them" as a part of the weapons named before', () => {
		const events = findEvents(
			'The enemy launched 30 drones, and air defence shot down 25 of them over the south.'
		);
		expect(events.map((e) => [e.eventType, e.quantities.map((q) => [q.count, q.item])])).toEqual([
			['strike', [[30, 'drones']]],
			['drone_downed', [[25, 'drones']]]
		]);
	});

	it('reads falling debris as a strike where it falls', () => {
		expect(types('Falling debris damaged a roof in Rivne after drones were shot down.')).toEqual([
			'strike',
			'drone_downed'
		]);
	});

	it('reads a missile system or launcher as equipment, not a missile', () => {
		const [e] = findEvents('Troops destroyed two anti-aircraft missile systems near Dubove.');
		expect([e.eventType, e.quantities]).toEqual([
			'equipment_destroyed',
			[{ count: 2, item: 'anti-aircraft missile systems', category: 'equipment' }]
		]);
	});

	it('reads bombs, shells and explosives as the weapon of a strike', () => {
		expect(types('Glide bombs hit a school in Kamianka.')).toEqual(['strike']);
		const [e] = findEvents('The enemy dropped 12 aerial bombs on Sadove.');
		expect([e.eventType, e.quantities]).toEqual([
			'strike',
			[{ count: 12, item: 'aerial bombs', category: 'other' }]
		]);
	});

	it('reads falling debris and recorded hits as strikes, a blaze as no shelling', () => {
		expect(types('Fragments of a downed missile damaged a roof in Rivne.')).toEqual(['strike']);
		expect(types('Hits were recorded in Ivanopil and Dubove.')).toEqual(['strike']);
		expect(types('A fire at a warehouse in Dubove was put out by noon.')).toEqual([]);
	});

	it('reads an interception as a downed missile only in an air war', () => {
		expect(types('Border guards intercepted a reconnaissance group near Sadove.')).toEqual([
			'other'
		]);
		expect(types('Air defence intercepted all of them.')).toEqual(['missile_downed']);
	});

	it('reads destroyed communication and jamming posts as equipment', () => {
		expect(
			types('Gunners destroyed a command centre and an electronic warfare station near Rivne.')
		).toEqual(['equipment_destroyed']);
	});

	it('reads advances with a direction or distance, regained ground and breakthroughs as control', () => {
		for (const sentence of [
			'Enemy forces recently advanced southeast of Kamianka.',
			'The brigade advanced up to two kilometres west of Sadove.',
			'Defenders regained positions near Rivne.',
			'Our troops pushed back the invaders from the outskirts of Dubove.',
			'Assault groups broke through the defences near Ivanopil.',
			'The occupiers have entered Kamianka.',
			'Units finished clearing the village of Sadove of enemy fighters.'
		])
			expect(types(sentence), sentence).toEqual(['territorial_control']);
	});

	it('reads reported explosions as a strike, and no alert, cyber attack or illness as a claim', () => {
		expect(types('Loud explosions rocked Rivne before dawn.')).toEqual(['strike']);
		expect(types('Later, explosions occurred in Rivne.')).toEqual(['strike']);
	});

	it('reads regained control, stalled offensives, shifted focus and surrenders as claims', () => {
		expect(types('The village of Lisne is back under Ukrainian control.')).toEqual([
			'territorial_control'
		]);
		expect(types('The offensive on the town of Lisne has largely stalled.')).toEqual([
			'territorial_control'
		]);
		expect(types('Peace talks in Lisne have stalled.')).toEqual([]);
		expect(types('The enemy has likely shifted its operational focus towards Lisne.')).toEqual([
			'territorial_control'
		]);
		expect(types('Units are breaking through defences near Lisne.')).toEqual([
			'territorial_control'
		]);
		expect(types('A group of soldiers surrendered near Lisne.')).toEqual(['casualties']);
		expect(types('Two soldiers were taken prisoner near Lisne.')).toEqual(['casualties']);
		expect(types('An air raid alert sounded in Dubove.')).toEqual([]);
		expect(types('The agency repelled a cyber attack on its website.')).toEqual([]);
		expect(types('The veteran died of a heart attack.')).toEqual([]);
	});

	it('reads the General Staff’s attempts to improve positions and knock units out as fighting', () => {
		expect(types('The enemy tried to improve its tactical position near Lisne.')).toEqual([
			'territorial_control'
		]);
		expect(types('Invaders attempted to knock out our units from the Lisne woods.')).toEqual([
			'territorial_control'
		]);
		expect(types('The ministry tried to improve relations with Lisne.')).toEqual([]);
	});

	it('reads "came under fire" as shelling, not as criticism', () => {
		expect(types('The villages of Lisne and Hollin came under fire from Testland’s army.')).toEqual(
			['strike']
		);
		expect(types('The minister came under fire from critics over Lisne.')).toEqual([]);
		expect(types('The mayor of Lisne came under fire for his remarks.')).toEqual([]);
		expect(types('Lisne, Hollin and other settlements were under fire.')).toEqual(['strike']);
		expect(types('The minister was under fire over the budget.')).toEqual([]);
	});

	it('reads assessments in the UK MoD manner: withdrawals, gains and artillery hitting a place', () => {
		expect(types('Russia has likely ordered the withdrawal of its units from Dubove.')).toEqual([
			'territorial_control'
		]);
		expect(types('Enemy forces have highly likely made gains of up to 2 km near Sadove.')).toEqual([
			'territorial_control'
		]);
		expect(types('Enemy artillery is probably hitting the crossings near Rivne.')).toEqual([
			'strike'
		]);
		expect(types('The talks made progress in the capital.')).toEqual([]);
		expect(types('The party made gains in the elections in Rivne.')).toEqual([]);
	});

	it('reads no fighting in the words of politics, courts, crime and daily life', () => {
		for (const sentence of [
			'The party improved its position in the polls in Sadove.',
			'Legal battles continue in the capital over the budget.',
			'The donors are holding back aid to Rivne.',
			'The minister launched a charm offensive in Dubove.',
			'Travellers tried to cross the border at Kamianka.',
			'The law has entered into force in Ivanopil.',
			'The deputy stormed out of the session in Sadove.',
			'The mayor was pushed into talks in Rivne.',
			'A man was charged with sexual assault in Dubove.'
		])
			expect(types(sentence), sentence).toEqual([]);
	});

	it('claims hedged assessments of the past, not forecasts', () => {
		expect(types('The invaders probably no longer control the hill east of Sadove.')).toEqual([
			'territorial_control'
		]);
		expect(types('The invaders no longer occupy Rivne.')).toEqual(['territorial_control']);
		expect(types('Ukrainian forces may have advanced near Dubove.')).toEqual([
			'territorial_control'
		]);
		expect(types('Enemy forces may advance towards Dubove next week.')).toEqual([]);
		expect(types('The army does not control Kamianka.')).toEqual([]);
	});

	it('does not claim denied, negated or hypothetical events', () => {
		expect(types('The ministry denied that its troops shelled the market.')).toEqual([]);
		expect(types('No aircraft were shot down.')).toEqual([]);
		expect(types('The army did not capture the hill.')).toEqual([]);
		expect(types('They threatened to strike the dam.')).toEqual([]);
		expect(types('Seizing Testovo could let the army shell Lypky.')).toEqual([]);
		expect(types('Capturing the bridge would cut the road to Dubove.')).toEqual([]);
		expect(types('Shelling of Testovo may have killed two people.')).toContain('strike');
	});

	it('does not claim an outcome weighed: an event noun or participle hanging off a modal', () => {
		expect(types('The capture of Testovo would open the road to Lypky, analysts said.')).toEqual(
			[]
		);
		expect(
			types(
				'Taking Testovo would be a major gain, ending the threat to Lypky and destroying many enemy troops, the institute says.'
			)
		).toEqual([]);
		// A participle of an event that happened stays; so does one after a clause of its own.
		expect(types('Troops shelled Testovo on Monday, destroying two tanks.')).toEqual([
			'strike',
			'equipment_destroyed'
		]);
		expect(
			types('The army said it would respond, after troops shelled Testovo, destroying two tanks.')
		).toContain('equipment_destroyed');
	});

	it('reads successes achieved and advances that go on as fighting for ground', () => {
		expect(types('Troops also achieved unspecified success near Testovo.')).toEqual([
			'territorial_control'
		]);
		expect(types('Ukrainian forces continue to advance near Testovo and Lypky.')).toEqual([
			'territorial_control'
		]);
	});

	it('reads a place under fire as a strike, not a person criticised', () => {
		expect(types('Testovo came under heavy Russian fire overnight.')).toEqual(['strike']);
		expect(types('The community was under Russian fire for almost an hour.')).toEqual(['strike']);
		expect(types('The minister came under fire for his remarks.')).toEqual([]);
	});

	it('reads a bridgehead secured or held as ground gained', () => {
		expect(types('Troops have secured a bridgehead on the eastern bank near Testovo.')).toEqual([
			'territorial_control'
		]);
		expect(types('Units hold a small bridgehead near Testovo.')).toEqual(['territorial_control']);
	});

	it('reads attempts made several times or again to advance as fighting', () => {
		expect(types('Invaders attempted four times to advance in the areas of Testovo.')).toEqual([
			'territorial_control'
		]);
		expect(types('The enemy tried again to storm Testovo.')).toEqual(['territorial_control']);
	});

	it('reads repelled attacks reinforced with tanks as fighting, not a strike', () => {
		expect(
			types('Troops repelled four attacks by two battalions reinforced with tanks near Testovo.')
		).toEqual(['territorial_control']);
	});

	it('claims nothing in the start of the war told as background, but dates a claim by it', () => {
		expect(
			types(
				'In 2022 Testland launched a special military operation, aiming to protect Testovo, which had lived under regular attacks.'
			)
		).toEqual([]);
		expect(types('Testland launched its full-scale invasion and shelled Testovo daily.')).toEqual(
			[]
		);
		expect(
			types('Since Testland launched its full-scale invasion, its troops have shelled Testovo.')
		).toEqual(['strike']);
	});

	it('reads the month May as no modal', () => {
		expect(types('KYIV, May 6 (Wireline) - Troops shelled Lypky overnight.')).toEqual(['strike']);
		expect(types('Since early May troops have shelled Lypky.')).toEqual(['strike']);
		expect(types('Troops may shell Lypky again.')).toEqual([]);
	});

	it("reads verbs joined to a modal's own as hypothetical too", () => {
		expect(
			types('The army will need to advance on the large town of Lypky and capture Dubove.')
		).toEqual([]);
		expect(
			types('The army would push west past the old mill near Lypky and then seize Dubove.')
		).toEqual([]);
		expect(
			types('The army will respond after troops shelled Lypky and seized the bridge.')
		).toContain('territorial_control');
		expect(types('Troops may have advanced near Lypky and captured Dubove.')).toEqual([
			'territorial_control'
		]);
	});

	it('finds nothing in diplomatic prose', () => {
		expect(findEvents('The ministers discussed grain exports and future talks.')).toEqual([]);
	});
});

describe('findEvents: a strike said of its doer, a capture of "two villages"', () => {
	it.each([
		['Mockov says the strike was carried out by the other army.', 'strike'],
		['The air force carried out a precision strike on a depot.', 'strike'],
		['Troops announced they have taken two villages in the region.', 'territorial_control']
	])('reads "%s" as %s', (sentence, type) => {
		expect(findEvents(sentence).map((e) => e.eventType)).toContain(type);
	});

	it('does not read a town hall taken over by a committee as a capture', () => {
		expect(findEvents('The committee took the town hall for its meeting.')).toEqual([]);
	});
});

describe('findEvents: damage, offensives going on, gains as nouns', () => {
	it('reads damage to buildings as a strike, not damage to an economy', () => {
		expect(types('Four private houses were damaged in Testovo.')).toEqual(['strike']);
		expect(types('The blast damaged two schools and a hospital in Testovo.')).toContain('strike');
		expect(types('The sanctions damaged the economy of Testland.')).toEqual([]);
	});

	it('reads troops entering a town and successes near one as territorial control', () => {
		expect(types('Footage showed that Testland troops entered Testovo and Lypky.')).toEqual([
			'territorial_control'
		]);
		expect(types('The forces achieved successes south of Testovo.')).toEqual([
			'territorial_control'
		]);
		expect(types('The troops entered into talks with the mayor.')).toEqual([]);
	});

	it('reads damage reported at a place as a strike', () => {
		expect(types('Most drones were stopped, but there is damage in the city of Testovo.')).toEqual([
			'strike'
		]);
		expect(types('Damage was recorded in two districts of Testovo.')).toEqual(['strike']);
	});

	it('reads an offensive that goes on, and confirmed gains in an area, as fighting and control', () => {
		expect(types('The offensive also continues in Testovo.')).toEqual(['territorial_control']);
		expect(types('Footage confirmed the troops’ gains in the Testovo area.')).toEqual([
			'territorial_control'
		]);
	});

	it('reads a dam, a bridge or a depot blown up as destroyed, not a situation that may blow up', () => {
		expect(types('Troops blew up the dam at Testovo.')).toEqual(['other']);
		expect(types('The bridge near Testovo was blown up overnight.')).toEqual(['other']);
		expect(types('Saboteurs blew up an ammunition depot in Testovo.')).toEqual([
			'equipment_destroyed'
		]);
		expect(types('The talks on Testovo could blow up at any time.')).toEqual([]);
	});

	it('reads infrastructure destroyed as struck, other works destroyed as other', () => {
		expect(types('Missiles destroyed six traction substations near Testovo.')).toEqual(['strike']);
		expect(types('Drones destroyed energy infrastructure facilities in Testovo.')).toEqual([
			'strike'
		]);
		expect(types('Troops blew up the dam at Testovo.')).toEqual(['other']);
	});

	it('reads a weapon that detonated or exploded as a strike, not any explosion', () => {
		expect(types('A drone detonated in a courtyard in Testovo, damaging a fence.')).toEqual([
			'strike'
		]);
		expect(types('A missile exploded over Testovo.')).toEqual(['strike']);
		expect(types('A gas cylinder exploded in a flat in Testovo.')).toEqual([]);
	});

	it('reads a depot obliterated or a unit annihilated as destroyed', () => {
		expect(types('Near Testovo, an ammunition depot of the enemy was obliterated.')).toEqual([
			'equipment_destroyed'
		]);
		expect(types('Artillery annihilated two tanks near Testovo.')).toEqual(['equipment_destroyed']);
	});

	it('reads losses inflicted on a force as casualties, not losses suffered in general', () => {
		expect(
			types('Units inflicted heavy losses on the manpower of two brigades near Testovo.')
		).toEqual(['casualties']);
		expect(types('The group inflicted casualties on the enemy near Testovo.')).toEqual([
			'casualties'
		]);
		expect(types('The sanctions inflicted damage on the economy of Testovo.')).toEqual([]);
	});

	it('reads soldiers counted as destroyed as casualties, not people near a destruction', () => {
		expect(types('Troops destroyed up to 330 enemy servicemen and a tank near Testovo.')).toEqual([
			'casualties',
			'equipment_destroyed'
		]);
		expect(types('The strike destroyed a house where soldiers lived.')).toEqual(['other']);
		expect(types('Troops destroyed a depot and 20 soldiers near Testovo.')).toEqual([
			'equipment_destroyed'
		]);
	});

	it('reads a drone workshop as a facility destroyed or hit, not a drone downed', () => {
		expect(types('Troops destroyed a drone workshop near Testovo.')).toEqual(['other']);
		expect(types('Troops hit a drone assembly workshop near Testovo.')).toEqual(['strike']);
		expect(types('Air defences destroyed a drone near Testovo.')).toEqual(['drone_downed']);
	});

	it('reads an advance as a noun and troops within some km of a place as fighting for it', () => {
		expect(types('Enemy forces have sped up their advance towards Testovo.')).toEqual([
			'territorial_control'
		]);
		expect(types('The enemy advance on Testovo has slowed.')).toEqual(['territorial_control']);
		expect(types('Enemy troops are within 5 km of Testovo.')).toEqual(['territorial_control']);
		expect(types('Enemy forces may be within 10 kilometres of Testovo.')).toEqual([
			'territorial_control'
		]);
		expect(types('Shops are within 2 km of Testovo station.')).toEqual([]);
		expect(types('The army plans an advance on Testovo.')).toEqual([]);
		expect(types('Testovo could be captured within weeks.')).toEqual([]);
	});

	it('reads drones sent to a place as a strike, but not aid sent there', () => {
		expect(types('The enemy sent kamikaze drones to the Testovo community.')).toEqual(['strike']);
		expect(types('The ministry sent aid to Testovo.')).toEqual([]);
	});
});

describe('findEvents: who controls how much of a place', () => {
	it.each([
		'Testmap showed Kyiv’s forces controlling the western part of Testovo.',
		'Ukrainian units control the eastern outskirts of Testovo.',
		'They control about 70 percent of Testovo.'
	])('reads "%s" as territorial control', (sentence) => {
		expect(findEvents(sentence).map((e) => e.eventType)).toContain('territorial_control');
	});

	it.each(['Border control was tightened in Testovo.', 'Air defence control centres in Testovo.'])(
		'reads no control of ground in "%s"',
		(sentence) => {
			expect(findEvents(sentence)).toEqual([]);
		}
	);
});

describe('findEvents: attempts, fighting going on, launched attacks', () => {
	it.each([
		'The enemy attempted to conduct an attack in the direction of the village of Testovo.',
		'The enemy attempted to launch an offensive outside the settlements of Testovo and Lypky.',
		'The enemy tried to carry out an assault near Testovo.',
		'Fighting has been taking place near Testovo.',
		'Clashes have been going on not far from Testovo.',
		'Clashes not far from Testovo continue.'
	])('reads "%s" as fighting', (sentence) => {
		expect(types(sentence)).toEqual(['territorial_control']);
	});

	it('reads neither a legal battle going on nor a plan to launch an offensive as fighting', () => {
		expect(types('A legal battle has been going on in Testovo for months.')).toEqual([]);
		expect(types('The enemy plans to launch an offensive near Testovo.')).toEqual([]);
	});

	it.each([
		'Enemy units launched three unsuccessful attacks on the positions of our troops near Testovo.',
		'Enemy units launched three attacks on our positions near Testovo.'
	])('reads "%s" as ground attacks only, not also a strike', (sentence) => {
		expect(types(sentence)).toEqual(['territorial_control']);
	});

	it('keeps a launched drone attack or launched missiles a strike', () => {
		expect(types('The enemy launched a massive drone attack on Testovo overnight.')).toEqual([
			'strike'
		]);
		expect(types('The enemy launched 40 drones at Testovo overnight.')).toContain('strike');
		expect(types('Enemy drones carried out attacks on our positions near Testovo.')).toEqual([
			'strike'
		]);
	});
});

describe('findEvents: the means of a repulse', () => {
	it.each([
		'Enemy attacks near Testovo were repelled by artillery fire and active actions of our units.',
		'With artillery fire and active actions, our troops pushed the enemy back near Testovo.'
	])('reads "%s" as the repulse only, not also a strike', (sentence) => {
		expect(types(sentence)).toEqual(['territorial_control']);
	});

	it('keeps an air attack repelled by air defence a strike', () => {
		expect(
			types(
				'The attack was repelled by fighter aircraft and anti-aircraft missile units of the air force.'
			)
		).toContain('strike');
	});

	it('keeps a strike told beside a repulse a strike', () => {
		expect(
			types(
				'With drones, the enemy struck Testovo overnight, and troops repelled an attack near Lypky.'
			)
		).toEqual(expect.arrayContaining(['strike', 'territorial_control']));
	});
});
