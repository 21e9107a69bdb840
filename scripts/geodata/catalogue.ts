/**
 * Missions that are not in the fact table of operations hosted in OIC states: the other
 * operations of the UN's list, and every other mission a source reports personnel in. The UN
 * list gives the names and dates of those it has; what is written here (kinds, hosts, and the
 * names and headquarters no source has) comes from general knowledge of the UN's lists, and the
 * derivation marks it unverified. Hosts and headquarters found in IPI or Geo-PKO replace it.
 */
export interface CatalogueEntry {
	/** Needed where the UN list does not name the mission. */
	name?: string;
	kind: 'pko' | 'spm';
	hosts: string[];
	/** Headquarters city and [lon, lat], used only where IPI and Geo-PKO have none. */
	hq?: [string, number, number];
	note?: string;
}

const SPM_NOTE = 'A special political or support mission, not a peacekeeping operation.';

export const CATALOGUE: Record<string, CatalogueEntry> = {
	DOMREP: {
		name: 'Mission of the Representative of the Secretary-General in the Dominican Republic',
		kind: 'pko',
		hosts: ['DOM'],
		hq: ['Santo Domingo', -69.9312, 18.4861],
		note: 'The UN list’s name for this mission is cut short; the full name is from general knowledge.'
	},
	MICAH: { kind: 'pko', hosts: ['HTI'] },
	MINUGUA: { kind: 'pko', hosts: ['GTM'] },
	MIPONUH: { kind: 'pko', hosts: ['HTI'] },
	ONUC: { kind: 'pko', hosts: ['COD'] },
	ONUCA: {
		kind: 'pko',
		hosts: ['HND', 'CRI', 'SLV', 'GTM', 'NIC'],
		note: 'IPI records Honduras, the seat of its headquarters, as the only host.'
	},
	ONUSAL: { kind: 'pko', hosts: ['SLV'] },
	UNAMIC: { kind: 'pko', hosts: ['KHM'] },
	'UNAVEM I': { kind: 'pko', hosts: ['AGO'] },
	'UNAVEM II': { kind: 'pko', hosts: ['AGO'] },
	UNFOR: {
		kind: 'pko',
		hosts: ['HRV'],
		note: 'The UN list names it “United Nations Force” and gives no dates; IPI reports its personnel in January and February 1996.'
	},
	UNMOP: { kind: 'pko', hosts: ['HRV'] },
	UNOMIG: { kind: 'pko', hosts: ['GEO'] },
	UNOMIL: { kind: 'pko', hosts: ['LBR'] },
	UNPF: { kind: 'pko', hosts: ['HRV'] },
	UNPSG: { kind: 'pko', hosts: ['HRV'] },
	UNTAC: { kind: 'pko', hosts: ['KHM'] },
	UNTAET: { kind: 'pko', hosts: ['TLS'] },
	UNTMIH: { name: 'UN Transition Mission in Haiti', kind: 'pko', hosts: ['HTI'] },
	UNTAG: {
		name: 'UN Transition Assistance Group',
		kind: 'pko',
		hosts: ['NAM'],
		hq: ['Windhoek', 17.0658, -22.5609],
		note: 'Not in the UN list in the sources; its dates are the leadership dataset’s.'
	},
	MINUJUSTH: {
		name: 'UN Mission for Justice Support in Haiti',
		kind: 'pko',
		hosts: ['HTI'],
		hq: ['Port-au-Prince', -72.3388, 18.5435]
	},
	MINUSTAH: { name: 'UN Stabilization Mission in Haiti', kind: 'pko', hosts: ['HTI'] },
	MONUA: { name: 'UN Observer Mission in Angola', kind: 'pko', hosts: ['AGO'] },
	MONUC: {
		name: 'UN Organization Mission in the Democratic Republic of the Congo',
		kind: 'pko',
		hosts: ['COD']
	},
	MONUSCO: {
		name: 'UN Organization Stabilization Mission in the Democratic Republic of the Congo',
		kind: 'pko',
		hosts: ['COD']
	},
	ONUB: { name: 'UN Operation in Burundi', kind: 'pko', hosts: ['BDI'] },
	UNAMIR: { name: 'UN Assistance Mission for Rwanda', kind: 'pko', hosts: ['RWA'] },
	'UNAVEM III': {
		name: 'UN Angola Verification Mission III',
		kind: 'pko',
		hosts: ['AGO'],
		hq: ['Luanda', 13.2343, -8.8368]
	},
	UNCRO: { name: 'UN Confidence Restoration Operation in Croatia', kind: 'pko', hosts: ['HRV'] },
	UNFICYP: { name: 'UN Peacekeeping Force in Cyprus', kind: 'pko', hosts: ['CYP'] },
	UNMEE: { name: 'UN Mission in Ethiopia and Eritrea', kind: 'pko', hosts: ['ERI', 'ETH'] },
	UNMIH: { name: 'UN Mission in Haiti', kind: 'pko', hosts: ['HTI'] },
	UNMIK: {
		name: 'UN Interim Administration Mission in Kosovo',
		kind: 'pko',
		hosts: ['XKX'],
		note: 'IPI records the host as Serbia.'
	},
	UNMIL: { name: 'UN Mission in Liberia', kind: 'pko', hosts: ['LBR'] },
	UNMISET: { name: 'UN Mission of Support in East Timor', kind: 'pko', hosts: ['TLS'] },
	UNMISS: { name: 'UN Mission in the Republic of South Sudan', kind: 'pko', hosts: ['SSD'] },
	UNMIT: { name: 'UN Integrated Mission in Timor-Leste', kind: 'pko', hosts: ['TLS'] },
	UNPREDEP: { name: 'UN Preventive Deployment Force', kind: 'pko', hosts: ['MKD'] },
	UNSMIH: { name: 'UN Support Mission in Haiti', kind: 'pko', hosts: ['HTI'] },
	UNTAES: {
		name: 'UN Transitional Administration for Eastern Slavonia, Baranja and Western Sirmium',
		kind: 'pko',
		hosts: ['HRV']
	},

	BONUCA: {
		name: 'UN Peacebuilding Support Office in the Central African Republic',
		kind: 'spm',
		hosts: ['CAF'],
		note: SPM_NOTE
	},
	LBB: {
		name: 'UN Logistics Base at Brindisi',
		kind: 'spm',
		hosts: ['ITA'],
		note: 'A logistics base of UN peacekeeping, not a mission.'
	},
	UNAMET: { name: 'UN Mission in East Timor', kind: 'spm', hosts: ['TLS'], note: SPM_NOTE },
	UNIOSIL: {
		name: 'UN Integrated Office in Sierra Leone',
		kind: 'spm',
		hosts: ['SLE'],
		note: SPM_NOTE
	},
	UNMA: { name: 'UN Mission in Angola', kind: 'spm', hosts: ['AGO'], note: SPM_NOTE },
	UNOA: { name: 'UN Office in Angola', kind: 'spm', hosts: ['AGO'], note: SPM_NOTE },
	UNOTIL: { name: 'UN Office in Timor-Leste', kind: 'spm', hosts: ['TLS'], note: SPM_NOTE },
	BINUB: { name: 'UN Integrated Office in Burundi', kind: 'spm', hosts: ['BDI'], note: SPM_NOTE },
	BNUB: { name: 'UN Office in Burundi', kind: 'spm', hosts: ['BDI'], note: SPM_NOTE },
	BINUH: {
		name: 'UN Integrated Office in Haiti',
		kind: 'spm',
		hosts: ['HTI'],
		hq: ['Port-au-Prince', -72.3388, 18.5435],
		note: SPM_NOTE
	},
	UNAMA: {
		name: 'UN Assistance Mission in Afghanistan',
		kind: 'spm',
		hosts: ['AFG'],
		note: SPM_NOTE
	},
	UNAMI: { name: 'UN Assistance Mission for Iraq', kind: 'spm', hosts: ['IRQ'], note: SPM_NOTE },
	UNIOGBIS: {
		name: 'UN Integrated Peacebuilding Office in Guinea-Bissau',
		kind: 'spm',
		hosts: ['GNB'],
		hq: ['Bissau', -15.598, 11.8636],
		note: SPM_NOTE
	},
	UNITAMS: {
		name: 'UN Integrated Transition Assistance Mission in Sudan',
		kind: 'spm',
		hosts: ['SDN'],
		hq: ['Khartoum', 32.5342, 15.5881],
		note: SPM_NOTE
	},
	UNMC: {
		name: 'UN Mission in Colombia',
		kind: 'spm',
		hosts: ['COL'],
		hq: ['Bogotá', -74.0721, 4.711],
		note: SPM_NOTE
	},
	UNMHA: {
		name: 'UN Mission to support the Hodeidah Agreement',
		kind: 'spm',
		hosts: ['YEM'],
		hq: ['Hodeidah', 42.9545, 14.7978],
		note: SPM_NOTE
	},
	UNMIN: { name: 'UN Mission in Nepal', kind: 'spm', hosts: ['NPL'], note: SPM_NOTE },
	UNOWAS: {
		name: 'UN Office for West Africa and the Sahel',
		kind: 'spm',
		hosts: ['SEN'],
		hq: ['Dakar', -17.4677, 14.7167],
		note: SPM_NOTE
	},
	UNSMIL: {
		name: 'UN Support Mission in Libya',
		kind: 'spm',
		hosts: ['LBY'],
		hq: ['Tripoli', 13.1913, 32.8872],
		note: SPM_NOTE
	},
	UNSOM: { name: 'UN Assistance Mission in Somalia', kind: 'spm', hosts: ['SOM'], note: SPM_NOTE },
	UNSOS: {
		name: 'UN Support Office in Somalia',
		kind: 'spm',
		hosts: ['SOM'],
		note: 'A support office, not a peacekeeping operation.'
	},
	UNTMIS: {
		name: 'UN Transitional Assistance Mission in Somalia',
		kind: 'spm',
		hosts: ['SOM'],
		hq: ['Mogadishu', 45.3182, 2.0469],
		note: SPM_NOTE
	},
	UNVMC: {
		name: 'UN Verification Mission in Colombia',
		kind: 'spm',
		hosts: ['COL'],
		hq: ['Bogotá', -74.0721, 4.711],
		note: SPM_NOTE
	}
};
