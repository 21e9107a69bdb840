/**
 * Splits an article (Markdown as written: "#" title, "##" sections, paragraphs, numbered list
 * items) into passages with stable ids. The text of each passage is kept exactly.
 */
import type { Passage } from './types';

export function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

export interface SplitArticle {
	title: string | null;
	sections: string[];
	passages: Passage[];
}

export function splitArticle(article: string, text: string): SplitArticle {
	const passages: Passage[] = [];
	const sections: string[] = [];
	let title: string | null = null;
	let section: string | null = null;
	let paragraph: string[] = [];
	const counts = new Map<string, number>();

	const push = (kind: Passage['kind'], body: string, number: number | null = null) => {
		const key = section ? slugify(section) : 'opening';
		const n = (counts.get(key) ?? 0) + 1;
		counts.set(key, n);
		passages.push({ id: `${key}-${n}`, article, section, kind, number, text: body });
	};
	const flush = () => {
		if (paragraph.length) push('paragraph', paragraph.join(' '));
		paragraph = [];
	};

	for (const raw of text.split(/\r?\n/)) {
		const line = raw.trim();
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		const item = /^(\d+)\.\s+(.*)$/.exec(line);
		if (!line) flush();
		else if (heading) {
			flush();
			if (heading[1] === '#' && title === null) title = heading[2];
			else {
				section = heading[2];
				sections.push(section);
			}
		} else if (item) {
			flush();
			push('item', item[2], Number(item[1]));
		} else paragraph.push(line);
	}
	flush();
	return { title, sections, passages };
}

export interface Segment {
	text: string;
	strong: boolean;
}

/** "**Interposition Forces:** Islamic nations…" → bold and plain runs, markers removed. */
export function inlineSegments(text: string): Segment[] {
	const out: Segment[] = [];
	const parts = text.split('**');
	parts.forEach((part, i) => {
		if (part) out.push({ text: part, strong: i % 2 === 1 && i < parts.length - 1 });
	});
	return out;
}
