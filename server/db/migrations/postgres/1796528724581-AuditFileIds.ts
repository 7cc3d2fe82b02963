import { MigrationInterface, QueryRunner } from 'typeorm';

// Widened in place (the generator would drop and re-add the column, losing the trail): an audit
// event of a file names it by its SHA-256, 64 characters.
export class AuditFileIds1796528724581 implements MigrationInterface {
  name = 'AuditFileIds1796528724581';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "entityId" TYPE character varying(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "entityId" TYPE character varying(36)`);
  }
}
