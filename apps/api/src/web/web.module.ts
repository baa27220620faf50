import { Module } from '@nestjs/common';
import { PinyinModule } from '../directory/pinyin/pinyin.module';
import { ReviewModule } from '../review/review.module';
import { OfficeReader } from './office/office.reader';
import { PagesController } from './pages.controller';
import { DirectoryReader } from './readers/directory.reader';
import { HoldersReader } from './readers/holders.reader';
import { NoticeReader } from './readers/notice.reader';
import { PersonReader } from './readers/person.reader';
import { PostReader } from './readers/post.reader';
import { VacanciesModule } from '../vacancies/vacancies.module';

@Module({
  imports: [VacanciesModule, ReviewModule, PinyinModule],
  controllers: [PagesController],
  providers: [DirectoryReader, HoldersReader, NoticeReader, PersonReader, PostReader, OfficeReader],
  exports: [HoldersReader],
})
export class WebModule {}
