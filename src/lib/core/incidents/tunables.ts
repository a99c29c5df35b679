/** The tunables of incident grouping, in one commented table. */
export const INCIDENT_TUNABLES = {
	/** Claims whose days (event date, else published) differ by more are never one incident. */
	maxDayGap: 1,
	/**
	 * The least radius (km) within which two points are one place, whatever uncertainty they carry:
	 * coordinates of one village from two gazetteer entries differ by this much.
	 */
	minRadiusKm: 1,
	/**
	 * The radius (km) a claim "near X" brings when matched with a point at another named place: its
	 * wide circle says where near X the event may be, but "near X" and "near Y" for neighbouring
	 * villages X and Y are two places (measured: 12 km circles joined villages 11-12 km apart).
	 */
	nearSettlementRadiusKm: 3,
	/** A radius (km) above which a point is too vague to join anything but its own gazetteer place. */
	maxRadiusKm: 25
} as const;
