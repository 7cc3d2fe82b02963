import { MigrationInterface, QueryRunner } from 'typeorm';

export class CoordinatorWorkspace1795638065704 implements MigrationInterface {
  name = 'CoordinatorWorkspace1795638065704';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reschedule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deploymentId" uuid NOT NULL, "fromGoLive" date NOT NULL, "toGoLive" date NOT NULL, "deploymentVersion" integer NOT NULL, "scheduleBefore" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "createdBy" character varying(200) NOT NULL, "undoneAt" TIMESTAMP WITH TIME ZONE, "undoneBy" character varying(200), CONSTRAINT "PK_325e2759f6690dbf6a3513f0ad1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6567572cf6595a8a68d0d5eedb" ON "reschedule"  ("deploymentId", "deploymentVersion") `);
    await queryRunner.query(`CREATE TABLE "record_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deploymentId" uuid NOT NULL, "recordType" character varying(16) NOT NULL, "recordId" uuid NOT NULL, "sha256" character varying(64) NOT NULL, "fileName" character varying(255) NOT NULL, "contentType" character varying(100) NOT NULL, "size" integer NOT NULL, CONSTRAINT "PK_dda26fdaf9fdedce1e6f9e49836" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cd926970172beb4ecfd9ac3b0b" ON "record_attachment"  ("recordId") `);
    await queryRunner.query(`ALTER TABLE "reschedule" ADD CONSTRAINT "FK_f97299b41832f8c0224042f61d9" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "record_attachment" ADD CONSTRAINT "FK_1ea4659e5df737e202701defcec" FOREIGN KEY ("deploymentId") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "record_attachment" DROP CONSTRAINT "FK_1ea4659e5df737e202701defcec"`);
    await queryRunner.query(`ALTER TABLE "reschedule" DROP CONSTRAINT "FK_f97299b41832f8c0224042f61d9"`);
    await queryRunner.query(`DROP INDEX "IDX_cd926970172beb4ecfd9ac3b0b"`);
    await queryRunner.query(`DROP TABLE "record_attachment"`);
    await queryRunner.query(`DROP INDEX "IDX_6567572cf6595a8a68d0d5eedb"`);
    await queryRunner.query(`DROP TABLE "reschedule"`);
  }
}
