import { SetMetadata } from '@nestjs/common';
import type { Role } from '@renmian/access';

export const REQUIRED_ROLE = 'renmian:required-role';

/** The least role that may call this resolver. Mutations without it need `admin`. */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);
