import { SetMetadata } from '@nestjs/common';

export const READS_DATA = 'renmian:reads-data';

/**
 * Marks an HTTP controller outside GraphQL (pages, calendar, exports) that shows stored data: it
 * follows REQUIRE_AUTH_FOR_READS like GraphQL queries do. /health is not marked: it shows none.
 */
export const ReadsData = () => SetMetadata(READS_DATA, true);
