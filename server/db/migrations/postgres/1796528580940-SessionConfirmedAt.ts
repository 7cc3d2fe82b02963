import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionConfirmedAt1796528580940 implements MigrationInterface {
  name = 'SessionConfirmedAt1796528580940';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" ADD "confirmedAt" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "confirmedAt"`);
  }
}
