import { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshEveryReadiness } from '../../../modules/readiness/readiness.service';

/** A court imported as already live has nothing of its work before go-live blocking: every kept readiness by that rule. */
export class ImportedLiveReadiness1796800400000 implements MigrationInterface {
  name = 'ImportedLiveReadiness1796800400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await refreshEveryReadiness(queryRunner.manager);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await refreshEveryReadiness(queryRunner.manager);
  }
}
