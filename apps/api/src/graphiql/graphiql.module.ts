import { Module } from '@nestjs/common';
import { GraphiqlController } from './graphiql.controller';

/** The GraphiQL IDE at /graphiql, from the project's installed packages. */
@Module({ controllers: [GraphiqlController] })
export class GraphiqlModule {}
