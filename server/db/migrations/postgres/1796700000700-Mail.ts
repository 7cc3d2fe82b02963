import { MigrationInterface, QueryRunner } from 'typeorm';

export class Mail1796700000700 implements MigrationInterface {
  name = 'Mail1796700000700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outbound_mail" ("id" uuid NOT NULL, "messageId" character varying(200) NOT NULL, "kind" character varying(32), "userId" uuid NOT NULL, "toAddress" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "body" text NOT NULL, "link" character varying(500) NOT NULL, "attachments" text, "status" character varying(16) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "queuedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "nextAttemptAt" TIMESTAMP WITH TIME ZONE NOT NULL, "claimedBy" character varying(64), "claimedUntil" TIMESTAMP WITH TIME ZONE, "lastError" text, "sentAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e7f6d3164f065d081b18f3b324f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5a5877a8d9702f9179506487c2" ON "outbound_mail"  ("messageId") `);
    await queryRunner.query(`CREATE INDEX "IDX_103494dbfb510f07ed57ca0e1c" ON "outbound_mail"  ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_4934bfb5650efa9965185188c8" ON "outbound_mail"  ("status", "nextAttemptAt") `);
    await queryRunner.query(`CREATE TABLE "mail_digest" ("userId" uuid NOT NULL, "localDate" date NOT NULL, CONSTRAINT "PK_b8e7132b27668d0c267a70e5ba0" PRIMARY KEY ("userId", "localDate"))`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "timeZone" character varying(64) NOT NULL DEFAULT 'America/Los_Angeles'`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "mailPreferences" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "mailPreferences"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "timeZone"`);
    await queryRunner.query(`DROP TABLE "mail_digest"`);
    await queryRunner.query(`DROP INDEX "IDX_4934bfb5650efa9965185188c8"`);
    await queryRunner.query(`DROP INDEX "IDX_103494dbfb510f07ed57ca0e1c"`);
    await queryRunner.query(`DROP INDEX "IDX_5a5877a8d9702f9179506487c2"`);
    await queryRunner.query(`DROP TABLE "outbound_mail"`);
  }
}
