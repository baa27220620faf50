import { Module } from '@nestjs/common';
import { PinyinIndex } from './pinyin-index.service';

/** One pinyin index per process, shared by GraphQL's directory and the web page's search. */
@Module({ providers: [PinyinIndex], exports: [PinyinIndex] })
export class PinyinModule {}
