import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, OneToMany, JoinColumn } from 'typeorm';
import { instantType } from '../../db/columns';
import { IdField, ShortTextField, UpdatedAtField, VersionField } from '../../db/record-fields';
import { ContactDetail } from '../access/contact-details';
import { OrganizationKind, CcporProfile } from '../../../rules/enums';

export { OrganizationKind, CcporProfile };

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Whether an organization is a superior court or a law-enforcement agency.',
  valuesConfig: {
    COURT: { description: 'A California superior court (one per county).' },
    LEA: { description: "A law-enforcement agency, e.g. a county sheriff's office." },
  },
});

registerEnumType(CcporProfile, {
  name: 'CcporProfile',
  description: "How a court uses CCPOR, which decides whether CLETS/CARPOS work applies.",
  valuesConfig: {
    DATA_AND_IMAGES: { description: 'Order data and images, transmitted to CARPOS through the CCPOR gateway.' },
    IMAGES_ONLY: { description: 'Order images only; CLETS/CARPOS work is not applicable.' },
  },
});

@Entity('organization')
@ObjectType({ description: 'A superior court or a law-enforcement agency taking part in CCPOR.' })
export class Organization {
  @IdField()
  id!: string;

  @Field(() => OrganizationKind, { description: 'Court or law-enforcement agency.' })
  @Column({ type: 'varchar', length: 8 })
  kind!: OrganizationKind;

  @Field(() => String, { description: 'Full name, e.g. "Superior Court of California, County of Fresno".' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => String, { description: 'California county the organization serves.' })
  @Index()
  @Column({ type: 'varchar', length: 60 })
  county!: string;

  @Field(() => CcporProfile, { nullable: true, description: "A court's CCPOR profile; null for an LEA." })
  @Column({ type: 'varchar', length: 20, nullable: true })
  ccporProfile!: CcporProfile | null;

  @CreateDateColumn({ type: instantType() })
  createdAt!: Date;

  @ShortTextField('Who last changed the organization (its court profile).', { nullable: true })
  updatedBy!: string | null;

  @UpdatedAtField('When the organization last changed.')
  updatedAt!: Date;

  @VersionField()
  version!: number;

  @OneToMany(() => Location, (l) => l.organization)
  locations!: Location[];

  @OneToMany(() => Contact, (c) => c.organization)
  contacts!: Contact[];
}

@Entity('location')
@ObjectType({ description: 'A courthouse or site of an organization.' })
export class Location {
  @IdField()
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, (o) => o.locations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizationId' })
  organization!: Organization;

  @ShortTextField('Name of the courthouse or site.')
  name!: string;

  @ShortTextField('Street address.', { length: 300 })
  address!: string;
}

@Entity('contact')
@ObjectType({ description: 'A person to contact at an organization.' })
export class Contact {
  @IdField()
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, (o) => o.contacts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizationId' })
  organization!: Organization;

  @ContactDetail('name')
  @ShortTextField('Full name.')
  name!: string;

  @ShortTextField('Job title or role in the deployment.')
  title!: string;

  @ContactDetail('email')
  @ShortTextField('E-mail address.', { length: 254 })
  email!: string;

  @ContactDetail('phone')
  @ShortTextField('Telephone number.', { length: 40, nullable: true })
  phone!: string | null;
}
