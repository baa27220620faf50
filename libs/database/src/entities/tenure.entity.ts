import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Derived from events; `valid` is a PostgreSQL daterange, parsed in one place (daterange.util.ts). */
@Entity('tenures')
export class TenureEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'person_id', type: 'bigint' })
  personId!: string;

  @Column({ name: 'post_id', type: 'bigint' })
  postId!: string;

  @Column({ name: 'organization_id', type: 'bigint' })
  organizationId!: string;

  @Column({ type: 'daterange' })
  valid!: string;

  @Column({ name: 'start_known', type: 'boolean' })
  startKnown!: boolean;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: 'REMOVED' | 'AUTO_REMOVED' | 'SUPERSEDED' | null;

  @Column({ name: 'end_inferred', type: 'boolean' })
  endInferred!: boolean;

  @Column({ name: 'probation_end', type: 'date', nullable: true })
  probationEnd!: string | null;

  @Column({ name: 'opened_by', type: 'bigint', nullable: true })
  openedBy!: string | null;

  @Column({ name: 'closed_by', type: 'bigint', nullable: true })
  closedBy!: string | null;
}
