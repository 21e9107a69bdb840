// oEmbed for the atlas's main view: platforms that understand oEmbed turn a link into the embed.
import { siteText } from '$lib/i18n/site';
import { json } from '@sveltejs/kit';
import { EMBED_FALLBACK_HEIGHT, iframeSnippet } from '$lib/embed/snippet';

export const prerender = true;

export function GET() {
	const site = __SITE_URL__;
	return json({
		version: '1.0',
		type: 'rich',
		provider_name: siteText.siteTitle,
		provider_url: `${site}/`,
		title: `${siteText.siteTitle}: ${siteText.siteTagline}`,
		html: iframeSnippet(`${site}/embed`, `${siteText.siteTitle}: ${siteText.siteTagline}`),
		width: 800,
		height: EMBED_FALLBACK_HEIGHT,
		thumbnail_url: `${site}/screenshot.png`,
		thumbnail_width: 1440,
		thumbnail_height: 900
	});
}
