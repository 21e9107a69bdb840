/** Written per build by vite.config.ts from geodata/mission-names.json (src/lib/data/missionLabels.ts). */
declare module '$geodata/mission-labels.json' {
	const labels: { own: Record<string, string>; others: Record<string, string[]> };
	export default labels;
}
