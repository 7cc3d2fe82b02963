import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { InstantColumn, instantType } from '../../db/columns';

/** How far each person has read their notifications: everything at or before `readUpTo` is read. */
@Entity('notification_read_marker')
export class NotificationReadMarker {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @InstantColumn()
  readUpTo!: Date;

  @UpdateDateColumn({ type: instantType() })
  updatedAt!: Date;
}

/** A person's secret calendar feed URL; only the SHA-256 of its secret is kept. */
@Entity('calendar_feed')
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ type: instantType() })
  createdAt!: Date;

  @InstantColumn({ nullable: true })
  revokedAt!: Date | null;
}
