import { DataSource } from 'typeorm';
import { inTransaction } from '../data-source';
import { DEFAULT_TEMPLATE_TASKS, laneOf } from '../../modules/lifecycle-template/default-template';
import { LifecycleTemplate, TemplateTask } from '../../modules/lifecycle-template/lifecycle-template.entity';
import { seedDefaultCatPlan } from '../../modules/test-plan/test-plan.service';
import { CcporProfile, Contact, Location, Organization, OrganizationKind } from '../../modules/organization/organization.entity';
import { DEFAULT_QUESTIONNAIRES } from '../../modules/questionnaire/default-questionnaires';
import { Questionnaire } from '../../modules/questionnaire/questionnaire.entity';
import { DEFAULT_SCANNER_REQUIREMENTS } from '../../modules/scanner/default-requirements';
import { ScannerRequirementSet } from '../../modules/scanner/scanner.entity';
import { COUNTIES, COUNTY_SEATS, IMAGES_ONLY_COUNTIES, courtName, sheriffName } from './california';

/**
 * Data every installation needs, production included: the 58 courts and sheriff's offices, and
 * version 1 of the lifecycle template, the scanner requirements, the questionnaires and the CAT
 * plan. Idempotent: it adds only what is missing.
 */
export async function seedReferenceData(db: DataSource, now: Date) {
  await inTransaction(db, async (tx) => {
    if (!(await tx.findOneBy(LifecycleTemplate, { version: 1 }))) {
      const template = await tx.save(tx.create(LifecycleTemplate, { version: 1, name: 'CCPOR deployment lifecycle', publishedAt: now }));
      await tx.insert(TemplateTask, DEFAULT_TEMPLATE_TASKS.map((t) => ({
        templateId: template.id, number: t.number, key: t.key, title: t.title, phase: t.phase, lane: laneOf(t.party),
        party: t.party, kind: t.kind, offsetDays: t.offsetDays, required: t.required, prerequisiteNumbers: t.prerequisites,
      })));
    }
    if (!(await tx.existsBy(ScannerRequirementSet, { version: 1 }))) {
      await tx.save(tx.create(ScannerRequirementSet, {
        version: 1, requirements: DEFAULT_SCANNER_REQUIREMENTS, publishedBy: 'CCPOR Deploy reference data', publishedAt: now,
      }));
    }
    for (const q of DEFAULT_QUESTIONNAIRES) {
      if (await tx.existsBy(Questionnaire, { key: q.key })) continue;
      await tx.save(tx.create(Questionnaire, { ...q, version: 1, publishedBy: 'CCPOR Deploy reference data', publishedAt: now }));
    }
    await seedDefaultCatPlan(tx, now);
    if ((await tx.count(Organization)) > 0) return;
    for (const county of COUNTIES) {
      const seat = COUNTY_SEATS[county];
      const slug = county.toLowerCase().replace(/\s+/g, '');
      const [court, sheriff] = await tx.save([
        tx.create(Organization, {
          kind: OrganizationKind.COURT, name: courtName(county), county,
          ccporProfile: IMAGES_ONLY_COUNTIES.has(county) ? CcporProfile.IMAGES_ONLY : CcporProfile.DATA_AND_IMAGES,
        }),
        tx.create(Organization, { kind: OrganizationKind.LEA, name: sheriffName(county), county, ccporProfile: null }),
      ]);
      await tx.insert(Location, [
        { organizationId: court.id, name: `${county} County Courthouse`, address: `Main courthouse, ${seat}, CA` },
        { organizationId: sheriff.id, name: `${county} County Sheriff’s headquarters`, address: `${seat}, CA` },
      ]);
      // Role mailboxes rather than people: the registry of who is who belongs to each organization.
      await tx.insert(Contact, [
        { organizationId: court.id, name: 'Court Executive Office', title: 'Court Executive Officer', email: `ceo@${slug}.courts.example`, phone: null },
        { organizationId: court.id, name: 'Court IT Services', title: 'IT manager', email: `it@${slug}.courts.example`, phone: null },
        { organizationId: sheriff.id, name: 'Civil Unit', title: 'Protective order service', email: `civil@${slug}.sheriff.example`, phone: null },
      ]);
    }
  });
}
