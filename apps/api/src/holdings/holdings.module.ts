import { Module } from '@nestjs/common';
import { HoldingsResolver } from './holdings.resolver';
import { HoldingsService } from './holdings.service';

@Module({ providers: [HoldingsService, HoldingsResolver] })
export class HoldingsModule {}
