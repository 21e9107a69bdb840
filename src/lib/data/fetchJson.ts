/** Fetches a JSON file of the site, with errors that say which file failed and what to do. */
export class DataLoadError extends Error {}

/** "…/countries.topo.B-VzEEEV.json" → "countries.topo.json": the name a maintainer knows. */
export function fileName(url: string): string {
	return (
		url
			.split('/')
			.pop()
			?.replace(/\.[\w-]+\.json$/, '.json') ?? url
	);
}

export async function fetchJson<T>(url: string, fetcher: typeof fetch = fetch): Promise<T> {
	const name = fileName(url);
	let response: Response;
	try {
		response = await fetcher(url);
	} catch {
		throw new DataLoadError(`${name} could not be fetched: check the connection, then reload`);
	}
	if (!response.ok) {
		throw new DataLoadError(
			`${name} is missing on the server (${response.status}): redeploy the whole build/ folder`
		);
	}
	try {
		return (await response.json()) as T;
	} catch {
		throw new DataLoadError(`${name} is corrupt or cut short: redeploy the whole build/ folder`);
	}
}
