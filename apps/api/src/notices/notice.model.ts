import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../graphql/date.scalar';
import { PageInfoModel } from '../graphql/page-info.model';

@ObjectType('UnparsedLine', { description: 'A line inside a notice that the parser could not read.' })
export class UnparsedLineModel {
  @Field(() => Int)
  line!: number;

  @Field()
  text!: string;

  @Field()
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The page it stands on, where its document has pages (PDF, image).' })
  page!: number | null;
}

@ObjectType('Notice')
export class NoticeModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  docNumber!: string | null;

  @Field(() => String, { nullable: true })
  issuer!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Signing date: the date its events take effect.' })
  date!: string | null;

  @Field(() => Int)
  startLine!: number;

  @Field(() => Int)
  endLine!: number;

  @Field(() => String, { nullable: true, description: 'The file it was loaded from.' })
  filename!: string | null;

  @Field({ description: 'What the file was, told by its content: text, pdf, docx, html or image.' })
  documentKind!: string;

  @Field(() => Int, { nullable: true, description: 'Pages of the file (PDF; 1 for an image); null where the format has none.' })
  pageCount!: number | null;

  @Field({ description: 'Whether (some of) its text was read by OCR from a scan or an image: only as good as the scan.' })
  ocr!: boolean;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  documentId!: string;
}

@ObjectType('NoticeEdge')
export class NoticeEdgeModel {
  @Field()
  cursor!: string;

  @Field(() => NoticeModel)
  node!: NoticeModel;
}

@ObjectType('NoticeConnection')
export class NoticeConnectionModel {
  @Field(() => [NoticeEdgeModel])
  edges!: NoticeEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;

  @Field(() => Int)
  totalCount!: number;
}
