import { DocumentEntity } from './document.entity';
import { EventEntity } from './event.entity';
import { NoticeEntity } from './notice.entity';
import { OrganizationEntity } from './organization.entity';
import { PersonEntity } from './person.entity';
import { PostEntity } from './post.entity';
import { TenureEntity } from './tenure.entity';
import { UnparsedLineEntity } from './unparsed-line.entity';

export {
  DocumentEntity,
  EventEntity,
  NoticeEntity,
  OrganizationEntity,
  PersonEntity,
  PostEntity,
  TenureEntity,
  UnparsedLineEntity,
};

export const ENTITIES = [
  DocumentEntity,
  NoticeEntity,
  PersonEntity,
  OrganizationEntity,
  PostEntity,
  EventEntity,
  TenureEntity,
  UnparsedLineEntity,
];
