import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One row of the append-only change log. */
@Entity('events')
export class EventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'notice_id', type: 'bigint' })
  noticeId!: string;

  @Column({ type: 'text' })
  type!: 'appoint' | 'remove' | 'auto_remove';

  @Column({ name: 'effective_on', type: 'date', nullable: true })
  effectiveOn!: string | null;

  @Column({ name: 'person_id', type: 'bigint' })
  personId!: string;

  @Column({ name: 'post_id', type: 'bigint' })
  postId!: string;

  @Column({ name: 'probation_months', type: 'integer', nullable: true })
  probationMonths!: number | null;

  @Column({ type: 'text', nullable: true })
  rank!: string | null;

  @Column({ name: 'precedence_after', type: 'text', nullable: true })
  precedenceAfter!: string | null;

  @Column({ name: 'person_text', type: 'text' })
  personText!: string;

  @Column({ name: 'position_text', type: 'text' })
  positionText!: string;

  @Column({ name: 'source_line', type: 'integer' })
  sourceLine!: number;

  @Column({ name: 'source_text', type: 'text' })
  sourceText!: string;

  @Column({ type: 'integer' })
  ordinal!: number;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
