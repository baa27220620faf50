import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('unparsed_lines')
export class UnparsedLineEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'document_id', type: 'bigint' })
  documentId!: string;

  @Column({ type: 'integer' })
  line!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  reason!: string;
}
