import { Module } from '@nestjs/common';
import { PagesController } from './pages.controller';
import { DirectoryReader } from './readers/directory.reader';
import { HoldersReader } from './readers/holders.reader';
import { NoticeReader } from './readers/notice.reader';
import { PersonReader } from './readers/person.reader';

@Module({
  controllers: [PagesController],
  providers: [DirectoryReader, HoldersReader, NoticeReader, PersonReader],
  exports: [HoldersReader],
})
export class WebModule {}
