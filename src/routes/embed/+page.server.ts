// An embed can show a presentation (?tour=<slug>&step=N): the tours come with the page, and
// the size scales its map and legend share.
export { load } from '../present/+page.server';
