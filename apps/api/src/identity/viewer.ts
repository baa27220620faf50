import type { Role } from '@renmian/access';

/** Who is signed in at the desk, as a request sees them. */
export interface Viewer {
  sessionId: string;
  /** The API key's name: what the audit log records as the actor. */
  name: string;
  role: Role;
  /** The value every state-changing form of this session carries in its `csrf` field. */
  csrf: string;
}
