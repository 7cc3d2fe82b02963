import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { instantType } from '../../db/columns';

/**
 * A query registered through Apollo's automatic persisted queries, kept in the database so that a
 * hash registered with one process works on every other: any process answers any request
 * (docs/operations.md#several-processes-behind-a-reverse-proxy-with-tls). Content-addressed: Apollo
 * checks that the hash is the query's SHA-256.
 */
@Entity('persisted_query')
export class PersistedQuery {
  /** Apollo's cache key: "apq:" and the lower-case hex SHA-256 of the query. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  hash!: string;

  @Column({ type: 'text' })
  query!: string;

  @CreateDateColumn({ type: instantType() })
  createdAt!: Date;
}
