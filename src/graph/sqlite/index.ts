// Public surface of the embedded store: everything else in this folder is an implementation detail.

export { openSqliteStore, SqliteStore, type SqliteStoreOptions } from "./store.js";
export { SCHEMA_VERSION } from "./schema.js";
