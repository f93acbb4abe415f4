/** Which database the store runs on. */
export type StoreDialect = 'sqlite' | 'postgres';
