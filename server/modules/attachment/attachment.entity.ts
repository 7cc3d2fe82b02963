import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BelongsTo, ShortTextField } from '../../db/record-fields';
import { Deployment } from '../deployment/deployment.entity';

/** A file (uploaded through POST /files) attached to a meeting or a document, e.g. a signed DOJ form. */
@Entity('record_attachment')
@Index(['recordId'])
@ObjectType({ description: 'A file attached to a meeting or document; fetch its bytes at GET /files/<sha256>.' })
export class Attachment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  deploymentId!: string;

  @BelongsTo(() => Deployment, 'deploymentId', { onDelete: 'CASCADE' })
  deployment!: Deployment;

  /** Meeting or Document. */
  @Column({ type: 'varchar', length: 16 })
  recordType!: 'Meeting' | 'Document';

  @Column({ type: 'uuid' })
  recordId!: string;

  @ShortTextField('SHA-256 of the file (64 hex digits).', { length: 64 })
  sha256!: string;

  @ShortTextField('File name as uploaded.', { length: 255 })
  fileName!: string;

  @ShortTextField('Media type, e.g. application/pdf.', { length: 100 })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Column({ type: 'integer' })
  size!: number;
}
