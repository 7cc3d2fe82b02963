import { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionnaireRetired1796800000300 implements MigrationInterface {
  name = 'QuestionnaireRetired1796800000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "questionnaire" ADD "retiredAt" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "questionnaire" ADD "retiredBy" character varying(200)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "questionnaire" DROP COLUMN "retiredBy"`);
    await queryRunner.query(`ALTER TABLE "questionnaire" DROP COLUMN "retiredAt"`);
  }
}
