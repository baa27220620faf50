import { Module } from '@nestjs/common';
import { ApiKeysResolver } from './api-keys.resolver';

@Module({ providers: [ApiKeysResolver] })
export class AuthModule {}
