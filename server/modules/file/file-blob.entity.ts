import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { bytesType, instantType } from '../../db/columns';

/**
 * A photo or attachment, kept in the database so that every stateless process serves it
 * (docs/sync.md#photos-and-files). Its key is the SHA-256 of its bytes, so uploading the same file
 * twice (a replayed outbox entry) stores it once; records refer to files by that hash.
 */
@Entity('file_blob')
export class FileBlob {
  /** Lower-case hex SHA-256 of the bytes, computed by the server. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  sha256!: string;

  /** The name the first uploader gave it. */
  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  /** Bytes. */
  @Column({ type: 'integer' })
  size!: number;

  // Not selected by default: listing files must not drag megabytes along.
  @Column({ type: bytesType(), select: false })
  bytes!: Buffer;

  @Column({ type: 'varchar', length: 200 })
  uploadedBy!: string;

  @CreateDateColumn({ type: instantType() })
  createdAt!: Date;
}

/**
 * One person's upload of a file, with the name they gave it: the same bytes sent by two people are
 * one file and two uploads, and each is answered with their own name. A person may name their own
 * uploads in a record before any record refers to them (docs/security.md#files).
 */
@Entity('file_upload')
export class FileUpload {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  sha256!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  @CreateDateColumn({ type: instantType() })
  uploadedAt!: Date;
}
