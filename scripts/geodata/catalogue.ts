/**
 * Missions that appear in the contribution data but not in the fact table of operations hosted
 * in OIC states. Their full names, kinds and (where no source has one) headquarters come from
 * general knowledge of the UN's lists, not from a stored source: the derivation marks them
 * unverified. Hosts and headquarters found in IPI or Geo-PKO replace what is written here.
 */
export interface CatalogueEntry {
	name: string;
	kind: 'pko' | 'spm';
	hosts: string[];
	/** Headquarters city and [lon, lat], used only where IPI and Geo-PKO have none. */
	hq?: [string, number, number];
	note?: string;
}

const SPM_NOTE = 'A special political or support mission, not a peacekeeping operation.';

export const CATALOGUE: Record<string, CatalogueEntry> = {
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
