/**
 * Correlates of War (COW) country codes, as the mission leadership dataset and Mullenbach's
 * third-party missions code nationalities and lead states, read as ISO 3166-1 alpha-3.
 *
 * Names and numbers are the COW Project's country code list ("COW country codes", StateAbb,
 * CCode, StateNme; copy read in vhenley/quantIIIproject, COW-country-codes.csv, commit 7df26461).
 * Only the codes the source files use are listed; an unknown code stops the derivation, so a new
 * release of a source cannot slip a nationality past the table. The three readings that are not
 * one-to-one are marked:
 * - 345 Yugoslavia: a state that no longer exists and has no ISO code; kept by name, no country.
 * - 730 Korea: COW's code for the Korea of before 1905; the dataset uses it once for Han Sung-joo
 *   (UNFICYP, 1996), a national of the Republic of Korea (COW 732), so it reads as KOR.
 * - "325-380": the dataset's dual nationality of Staffan de Mistura, Italy (325) and Sweden (380).
 */
export interface CowState {
	/** COW's state name. */
	name: string;
	/** ISO alpha-3, or null where no present state answers (Yugoslavia). */
	iso3: string | null;
	note?: string;
}

export const COW: Record<string, CowState> = {
	'2': { name: 'United States of America', iso3: 'USA' },
	'20': { name: 'Canada', iso3: 'CAN' },
	'41': { name: 'Haiti', iso3: 'HTI' },
	'51': { name: 'Jamaica', iso3: 'JAM' },
	'52': { name: 'Trinidad and Tobago', iso3: 'TTO' },
	'70': { name: 'Mexico', iso3: 'MEX' },
	'90': { name: 'Guatemala', iso3: 'GTM' },
	'92': { name: 'El Salvador', iso3: 'SLV' },
	'100': { name: 'Colombia', iso3: 'COL' },
	'101': { name: 'Venezuela', iso3: 'VEN' },
	'130': { name: 'Ecuador', iso3: 'ECU' },
	'135': { name: 'Peru', iso3: 'PER' },
	'140': { name: 'Brazil', iso3: 'BRA' },
	'155': { name: 'Chile', iso3: 'CHL' },
	'160': { name: 'Argentina', iso3: 'ARG' },
	'165': { name: 'Uruguay', iso3: 'URY' },
	'200': { name: 'United Kingdom', iso3: 'GBR' },
	'205': { name: 'Ireland', iso3: 'IRL' },
	'210': { name: 'Netherlands', iso3: 'NLD' },
	'211': { name: 'Belgium', iso3: 'BEL' },
	'220': { name: 'France', iso3: 'FRA' },
	'225': { name: 'Switzerland', iso3: 'CHE' },
	'230': { name: 'Spain', iso3: 'ESP' },
	'235': { name: 'Portugal', iso3: 'PRT' },
	'255': { name: 'Germany', iso3: 'DEU' },
	'290': { name: 'Poland', iso3: 'POL' },
	'305': { name: 'Austria', iso3: 'AUT' },
	'310': { name: 'Hungary', iso3: 'HUN' },
	'317': { name: 'Slovakia', iso3: 'SVK' },
	'325': { name: 'Italy', iso3: 'ITA' },
	'344': { name: 'Croatia', iso3: 'HRV' },
	'345': {
		name: 'Yugoslavia',
		iso3: null,
		note: 'a state that no longer exists; no ISO code stands for it'
	},
	'352': { name: 'Cyprus', iso3: 'CYP' },
	'355': { name: 'Bulgaria', iso3: 'BGR' },
	'360': { name: 'Romania', iso3: 'ROU' },
	'365': { name: 'Russia', iso3: 'RUS' },
	'369': { name: 'Ukraine', iso3: 'UKR' },
	'375': { name: 'Finland', iso3: 'FIN' },
	'380': { name: 'Sweden', iso3: 'SWE' },
	'385': { name: 'Norway', iso3: 'NOR' },
	'390': { name: 'Denmark', iso3: 'DNK' },
	'432': { name: 'Mali', iso3: 'MLI' },
	'433': { name: 'Senegal', iso3: 'SEN' },
	'434': { name: 'Benin', iso3: 'BEN' },
	'435': { name: 'Mauritania', iso3: 'MRT' },
	'436': { name: 'Niger', iso3: 'NER' },
	'438': { name: 'Guinea', iso3: 'GIN' },
	'450': { name: 'Liberia', iso3: 'LBR' },
	'452': { name: 'Ghana', iso3: 'GHA' },
	'461': { name: 'Togo', iso3: 'TGO' },
	'471': { name: 'Cameroon', iso3: 'CMR' },
	'475': { name: 'Nigeria', iso3: 'NGA' },
	'481': { name: 'Gabon', iso3: 'GAB' },
	'483': { name: 'Chad', iso3: 'TCD' },
	'484': { name: 'Congo', iso3: 'COG' },
	'500': { name: 'Uganda', iso3: 'UGA' },
	'501': { name: 'Kenya', iso3: 'KEN' },
	'510': { name: 'Tanzania', iso3: 'TZA' },
	'517': { name: 'Rwanda', iso3: 'RWA' },
	'522': { name: 'Djibouti', iso3: 'DJI' },
	'530': { name: 'Ethiopia', iso3: 'ETH' },
	'551': { name: 'Zambia', iso3: 'ZMB' },
	'552': { name: 'Zimbabwe', iso3: 'ZWE' },
	'560': { name: 'South Africa', iso3: 'ZAF' },
	'565': { name: 'Namibia', iso3: 'NAM' },
	'571': { name: 'Botswana', iso3: 'BWA' },
	'615': { name: 'Algeria', iso3: 'DZA' },
	'616': { name: 'Tunisia', iso3: 'TUN' },
	'625': { name: 'Sudan', iso3: 'SDN' },
	'640': { name: 'Turkey', iso3: 'TUR' },
	'645': { name: 'Iraq', iso3: 'IRQ' },
	'651': { name: 'Egypt', iso3: 'EGY' },
	'652': { name: 'Syria', iso3: 'SYR' },
	'663': { name: 'Jordan', iso3: 'JOR' },
	'700': { name: 'Afghanistan', iso3: 'AFG' },
	'710': { name: 'China', iso3: 'CHN' },
	'730': {
		name: 'Korea',
		iso3: 'KOR',
		note: 'COW’s code for Korea before 1905; used once for a national of the Republic of Korea (732)'
	},
	'732': { name: 'South Korea', iso3: 'KOR' },
	'740': { name: 'Japan', iso3: 'JPN' },
	'750': { name: 'India', iso3: 'IND' },
	'770': { name: 'Pakistan', iso3: 'PAK' },
	'771': { name: 'Bangladesh', iso3: 'BGD' },
	'790': { name: 'Nepal', iso3: 'NPL' },
	'800': { name: 'Thailand', iso3: 'THA' },
	'820': { name: 'Malaysia', iso3: 'MYS' },
	'830': { name: 'Singapore', iso3: 'SGP' },
	'840': { name: 'Philippines', iso3: 'PHL' },
	'850': { name: 'Indonesia', iso3: 'IDN' },
	'900': { name: 'Australia', iso3: 'AUS' },
	'920': { name: 'New Zealand', iso3: 'NZL' },
	'950': { name: 'Fiji', iso3: 'FJI' }
};

/**
 * The state(s) a COW cell names: "770" or the dataset's dual "325-380". Throws, naming the file
 * and row, for a code the table does not have.
 */
export function cowStates(cell: string, where: string): { code: string; state: CowState }[] {
	const codes = cell
		.trim()
		.split('-')
		.map((c) => c.trim())
		.filter(Boolean);
	if (!codes.length) throw new Error(`${where}: no COW nationality code; fix the source row`);
	return codes.map((code) => {
		const state = COW[code];
		if (!state)
			throw new Error(
				`${where}: COW code "${code}" is not in scripts/geodata/cow.ts; add it from the COW country code list`
			);
		return { code, state };
	});
}
