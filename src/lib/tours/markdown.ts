/** The little Markdown captions use: paragraphs, **bold** and *italic*, as runs Svelte renders as text. */
export interface Run {
	text: string;
	strong: boolean;
	em: boolean;
}

export function paragraphs(markdown: string): Run[][] {
	return markdown
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => {
			const runs: Run[] = [];
			for (const token of p.replace(/\s*\n\s*/g, ' ').split(/(\*\*[^*]+\*\*|\*[^*]+\*)/)) {
				if (!token) continue;
				if (token.startsWith('**'))
					runs.push({ text: token.slice(2, -2), strong: true, em: false });
				else if (token.startsWith('*'))
					runs.push({ text: token.slice(1, -1), strong: false, em: true });
				else runs.push({ text: token, strong: false, em: false });
			}
			return runs;
		});
}
