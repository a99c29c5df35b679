import { describe, expect, it } from 'vitest';
import { furnitureKind } from './furniture';

describe('furnitureKind', () => {
	it.each([
		['Drones hit a depot near Testovo', 'headline'],
		['FILE PHOTO: Smoke rises over Testovo after shelling, May 2, 2023.', 'caption'],
		['Photo: social media', 'caption'],
		['Credit: Invented Ministry/Handout via Wireline', 'caption'],
		['A still frame from drone video shows smoke over Testovo.', 'caption'],
		['Firefighters work at a burning depot in Testovo in this handout photo, May 2.', 'caption'],
		[
			'The governor visits Testovo, May 2, 2023. (Photo by Jane Roe/Invented Agency via Getty Images)',
			'caption'
		],
		[
			'A rescuer inspects a burnt car after a strike in Testovo, Ukraine May 2, 2023. WIRELINE/Jane Roe',
			'caption'
		],
		[
			'Smoke rises over a depot near Probne, May 2, 2023. Jane Roe/WIRELINE via Getty Images',
			'caption'
		],
		[
			'A soldier fires a gun near Probne, May 2, 2023. Jane Roe/Invented Images/Getty Images',
			'caption'
		],
		[
			'A crater is seen next to a house after a rocket attack in Testovo (Jane Roe/WIRELINE)',
			'caption'
		],
		['By Jane Roe and John Doe', 'byline'],
		['Reporting by Jane Roe; Editing by John Doe', 'byline']
	])('reads "%s" as a %s', (line, kind) => {
		expect(furnitureKind(line)).toBe(kind);
	});

	it.each([
		'Russian forces shelled Testovo overnight, the governor said.',
		'The photo agency reported that drones hit a depot near Testovo.',
		'By nightfall, troops had shelled Testovo and Probne, the ministry said.',
		'Drones hit a depot near Testovo and the fire spread to Probne/Lisne, officials said.',
		'Drones hit a depot near Testovo (Probne/Lisne)',
		'Troops shelled Testovo, the governor said (speed 40 km/h)'
	])('leaves a claim alone: "%s"', (line) => {
		expect(furnitureKind(line)).toBeNull();
	});
});
