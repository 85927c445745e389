import type pg from 'pg';

/**
 * Read statements run as named prepared statements once they come again, so that PostgreSQL
 * parses them once per connection and, where its plan cache finds a generic plan as good as
 * the custom ones (it tries five custom plans first), plans them once too: the long statements
 * a nested query compiles to cost more to plan than to run. A text seen once stays unnamed (an
 * analyst's one-off query takes no slot); at most `limit` texts are named, for the life of the
 * process, each prepared on a connection the first time it runs there.
 */
export class PreparedStatements {
  private readonly names = new Map<string, string>();
  private readonly seenOnce = new Set<string>();
  private serial = 0;

  constructor(private readonly limit: number) {}

  /** The name to run `text` under, or undefined: run it unnamed. */
  nameOf(text: string): string | undefined {
    const name = this.names.get(text);
    if (name !== undefined || this.limit === 0) return name;
    if (this.names.size >= this.limit) return undefined;
    if (!this.seenOnce.has(text)) {
      // bounded: an endless stream of one-off texts only ever restarts the count
      if (this.seenOnce.size >= 10 * this.limit) this.seenOnce.clear();
      this.seenOnce.add(text);
      return undefined;
    }
    this.seenOnce.delete(text);
    const named = `dh_${(this.serial += 1)}`;
    this.names.set(text, named);
    return named;
  }

  /**
   * Runs a read on the pool, named when it comes again. A statement whose cached plan a schema
   * change made stale (a migration by a newer instance) is renamed, so every connection
   * prepares it anew, and run once more.
   */
  async query<T extends pg.QueryResultRow>(
    pool: pg.Pool,
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<T>> {
    const name = this.nameOf(text);
    if (name === undefined) return pool.query<T>(text, values);
    try {
      return await pool.query<T>({ name, text, values });
    } catch (error) {
      if ((error as { code?: string }).code !== '0A000') throw error;
      this.names.delete(text);
      this.seenOnce.add(text); // named anew on its next run
      return pool.query<T>(text, values);
    }
  }
}
