export { openSharePointStore, type SharePointStoreOptions } from './sharepoint-store';
export { provisionSharePoint, changedAnything, type ListReport, type ProvisionReport } from './provision';
export type { Difference } from './provision-columns';
export { LISTS, LIST_ORDER, ROW_STATUS } from './lists';
export {
  AnswerContentionError,
  BatchWriteError,
  CampaignDefinitionError,
  ItemContentionError,
  SharePointListsMissingError,
} from './errors';
