import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A loaded file. Its content hash makes loading the same text twice a no-op. */
@Entity('documents')
export class DocumentEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ type: 'text', nullable: true })
  filename!: string | null;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize!: number;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
