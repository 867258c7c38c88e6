import type { DBCore, DBCoreTransaction, Middleware, PromiseExtended, Table } from 'dexie';
import { newId } from './ids';

/**
 * A stamp that every committed write to Rapport's database replaces with a new one, in the
 * write's own transaction. Two reads of the same stamp mean nothing was written between
 * them, by this page or any other of Rapport's: what was worked out from the first read
 * still holds (an import's write reuses its preview's matching this way).
 *
 * The stamp is a new random id, never a count: a plan made against one database then
 * handed to another (a copy, or a twin in the tests) must never find its stamp there.
 */

export const CHANGE_STAMPS_TABLE = 'changeStamps';

/** The one record of the stamps table. */
export interface ChangeStamp {
  key: typeof STAMP_KEY;
  stamp: string;
}

const STAMP_KEY = 'database';

export type ChangeStampTable = Table<ChangeStamp, string>;

/** A new stamp, as a write puts it. */
export function newChangeStamp(): ChangeStamp {
  return { key: STAMP_KEY, stamp: newId() };
}

/** The current stamp; undefined before the first write that stamped one. */
export function readChangeStamp(table: ChangeStampTable): PromiseExtended<string | undefined> {
  return table.get(STAMP_KEY).then((record) => record?.stamp);
}

/**
 * Adds the stamps table to every read-write transaction, and puts a new stamp with the first
 * write of each. A middleware under Dexie's API, which every write reaches however it was
 * made (put, delete, clear, modify), so that none can miss it. A schema upgrade's own
 * transaction is not stamped: it is not opened through here, and the table may not exist yet
 * at that step of an upgrade.
 */
export const changeStampMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ChangeStamp',
  create(down) {
    const unstamped = new WeakSet<DBCoreTransaction>();
    const stamps = () => down.table(CHANGE_STAMPS_TABLE);
    return {
      ...down,
      transaction(stores, mode, options) {
        if (mode !== 'readwrite') return down.transaction(stores, mode, options);
        const scope = stores.includes(CHANGE_STAMPS_TABLE)
          ? stores
          : [...stores, CHANGE_STAMPS_TABLE];
        const trans = down.transaction(scope, mode, options);
        unstamped.add(trans);
        return trans;
      },
      table(name) {
        const table = down.table(name);
        if (name === CHANGE_STAMPS_TABLE) return table;
        return {
          ...table,
          mutate(req) {
            if (!unstamped.has(req.trans)) return table.mutate(req);
            unstamped.delete(req.trans);
            // Issued together: IndexedDB runs both in this transaction, in order, and
            // commits or aborts them as one.
            const stamped = stamps().mutate({
              type: 'put',
              trans: req.trans,
              values: [newChangeStamp()],
            });
            return Promise.all([table.mutate(req), stamped]).then(([response]) => response);
          },
        };
      },
    };
  },
};
