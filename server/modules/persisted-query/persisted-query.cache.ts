import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { DataSource } from 'typeorm';
import { rawQuery } from '../../db/sql';

/** Hashes remembered per process; a hash always names the same query, so a copy can never be stale. */
const REMEMBERED = 1000;

/** Apollo's prefix of its persisted-query keys (requestPipeline's APQ_CACHE_PREFIX). */
const APQ_PREFIX = 'apq:';

/**
 * Apollo's persisted-query cache: first the app's persisted documents (every build's, from the
 * repository: persisted-documents.ts), then the `persisted_query` table, shared by every process,
 * where signed-in callers register their own. Entries never expire (Apollo's ttl is ignored): a
 * reporting tool registers its queries once.
 */
export class DatabaseQueryCache implements KeyValueCache<string> {
  private readonly remembered = new Map<string, string>();
  /** Registrations being stored: Apollo starts them without waiting for them. */
  private readonly storing = new Set<Promise<unknown>>();

  constructor(
    private readonly db: DataSource,
    private readonly documents: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** The app's persisted document of this key, if it is one. */
  private documentOf(key: string): string | undefined {
    return key.startsWith(APQ_PREFIX) ? this.documents.get(key.slice(APQ_PREFIX.length)) : undefined;
  }

  async get(key: string): Promise<string | undefined> {
    const document = this.documentOf(key);
    if (document !== undefined) return document;
    const known = this.remembered.get(key);
    if (known !== undefined) return known;
    const [row] = await rawQuery<{ query: string }>(this.db, 'SELECT query FROM persisted_query WHERE hash = :key', { key });
    if (row) this.remember(key, row.query);
    return row?.query;
  }

  async set(key: string, query: string): Promise<void> {
    // The app's documents are known to every process already.
    if (this.documentOf(key) !== undefined) return;
    // Two processes registering the same query at once both succeed: the row is the same.
    const insert = rawQuery(this.db, `INSERT INTO persisted_query (hash, query, "createdAt") VALUES (:key, :query, CURRENT_TIMESTAMP)
      ON CONFLICT (hash) DO NOTHING`, { key, query });
    this.storing.add(insert);
    try {
      await insert;
    } finally {
      this.storing.delete(insert);
    }
    this.remember(key, query);
  }

  /** Resolves once every registration under way is stored (or has failed). */
  async stored(): Promise<void> {
    await Promise.allSettled([...this.storing]);
  }

  async delete(key: string): Promise<boolean> {
    this.remembered.delete(key);
    await rawQuery(this.db, 'DELETE FROM persisted_query WHERE hash = :key', { key });
    return true;
  }

  private remember(key: string, query: string) {
    if (this.remembered.size >= REMEMBERED) this.remembered.clear();
    this.remembered.set(key, query);
  }
}
