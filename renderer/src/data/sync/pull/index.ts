// The pull side of sync: the provincial server's staff and claims into the local replica.
// How a collection moves through its states is told in README.md beside this file.
export { pullCollection } from './pull-collection.ts';
export type { PullOptions, PullProgress, PulledCollection } from './pages.ts';
export { pullRequests, requestCollections } from './pull-requests.ts';
