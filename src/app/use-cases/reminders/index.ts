export { planReminders } from './plan';
export { runReminders, type RunOptions } from './run';
export { summariseClosed } from './summary';
export { reminderKey, summaryKey } from './keys';
export type * from './report';
