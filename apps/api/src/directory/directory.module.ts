import { Module } from '@nestjs/common';
import { DirectoryResolver } from './directory.resolver';

@Module({ providers: [DirectoryResolver] })
export class DirectoryModule {}
