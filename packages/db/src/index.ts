export { openDatabase, type Database, type DatabaseOptions, type Db, type Tx, type Schema } from './database.ts';
export * from './schema/index.ts';
export { isDatabaseUnavailable } from './database-unavailable.ts';
