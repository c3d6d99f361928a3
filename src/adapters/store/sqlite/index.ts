export { openSqliteStore } from './sqlite-store';
export type { ConnectionOptions as SqliteStoreOptions } from './connection';
export { SchemaTooNewError } from './migrations';
