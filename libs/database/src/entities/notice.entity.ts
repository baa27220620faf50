import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('notices')
export class NoticeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'document_id', type: 'bigint' })
  documentId!: string;

  @Column({ type: 'text', nullable: true })
  issuer!: string | null;

  @Column({ name: 'doc_number', type: 'text', nullable: true })
  docNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** ISO yyyy-mm-dd: dates stay strings so that no time zone can move them. */
  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn!: string | null;

  @Column({ name: 'text_hash', type: 'text' })
  textHash!: string;

  @Column({ name: 'start_line', type: 'integer' })
  startLine!: number;

  @Column({ name: 'end_line', type: 'integer' })
  endLine!: number;

  /** The notice's lines as printed; null for notices loaded before the text was kept. */
  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
