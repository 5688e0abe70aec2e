/**
 * Every element: importing this module registers them all. The one-file bundles
 * (`dist/connects-wallboard.js` and its classic-script twin) are built from it.
 *
 * Elements that are not charts are listed in `elements.ts`; charts add their module here.
 *
 * @module
 */
export * from './elements.js';
export { ConnectsQueueChart } from './queue-chart/connects-queue-chart.js';
// The whole wallboard: it shows the charts, so it is registered with them.
export { ConnectsWallboard } from './wallboard/connects-wallboard.js';
