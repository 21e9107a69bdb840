/** Written per build by vite.config.ts from geodata/mission-names.json (src/lib/data/missionLabels.ts). */
declare module '$geodata/mission-labels.json' {
	const labels: Record<string, string>;
	export default labels;
}

/** Written per build by vite.config.ts from geodata/mission-names.json (src/lib/data/missionAliases.ts). */
declare module '$geodata/mission-aliases.json' {
	const aliases: Record<string, string[]>;
	export default aliases;
}

/** Written per build by vite.config.ts from geodata/mission-names.json (src/lib/data/missionNames.svelte.ts). */
declare module '$geodata/mission-fullnames.json' {
	const names: {
		own: Record<
			string,
			{ name: string; verified: boolean; source: { title: string; url: string } | null }
		>;
		others: Record<string, string[]>;
	};
	export default names;
}
