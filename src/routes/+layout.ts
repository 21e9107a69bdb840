// Every route is prerendered: the site is static files, served by any host.
export const prerender = true;
export const trailingSlash = 'never';
