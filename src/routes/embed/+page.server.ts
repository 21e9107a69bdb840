// An embed can show a presentation (?tour=<slug>&step=N): the tours come with the page.
export { load } from '../present/+page.server';
