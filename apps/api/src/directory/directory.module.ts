import { Module } from '@nestjs/common';
import { DirectoryResolver } from './directory.resolver';
import { PinyinModule } from './pinyin/pinyin.module';

@Module({ imports: [PinyinModule], providers: [DirectoryResolver] })
export class DirectoryModule {}
