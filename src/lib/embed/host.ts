/**
 * What an embed needs to talk with the page around it, as one module: loaded only in an
 * iframe (an embed opened on its own has no host to tell or to hear).
 */
export { announceView, listenToHost, reportHeight } from './bridge';
export { requestedChange } from './messages';
