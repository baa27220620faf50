import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Derived from events. start_on and end_on are the tenure's days ([start_on, end_on), null where
 * unknown or open); `valid` is computed from them by PostgreSQL, for the as-of questions.
 */
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

  @Column({ name: 'start_on', type: 'date', nullable: true })
  startOn!: string | null;

  @Column({ name: 'end_on', type: 'date', nullable: true })
  endOn!: string | null;

  /** Computed (GENERATED ALWAYS): empty for a tenure that began and ended on one day. */
  @Column({ type: 'daterange', insert: false, update: false })
  valid!: string;

  @Column({ name: 'start_known', type: 'boolean' })
  startKnown!: boolean;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: 'REMOVED' | 'AUTO_REMOVED' | 'SUPERSEDED' | 'POST_FILLED' | null;

  @Column({ name: 'end_inferred', type: 'boolean' })
  endInferred!: boolean;

  @Column({ name: 'probation_end', type: 'date', nullable: true })
  probationEnd!: string | null;

  @Column({ name: 'opened_by', type: 'bigint', nullable: true })
  openedBy!: string | null;

  @Column({ name: 'closed_by', type: 'bigint', nullable: true })
  closedBy!: string | null;
}
