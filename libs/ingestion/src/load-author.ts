/**
 * The door a load came through: the command line, GraphQL's `ingest`, the desk, or the service
 * itself (the sample notices loaded into an empty database at boot; tests and benchmarks).
 */
export type LoadDoor = 'cli' | 'graphql' | 'desk' | 'system';

/** Who loads a document and through which door: what the load's audit entry names. */
export interface LoadAuthor {
  door: LoadDoor;
  /** The API key's name (GraphQL, the desk), `cli:<OS user>` (the command line). */
  actor: string;
  /** Why, in the audit log's words; without it the entry says which door loaded which file. */
  reason?: string;
}

/** The doors in words, for the audit log's reader (the desk shows them; a reason names one). */
export const DOOR_WORDS: Record<LoadDoor, string> = { cli: '命令行', graphql: 'GraphQL 接口', desk: '办公台', system: '系统' };

/** A load the program makes on its own behalf. */
export const SYSTEM_LOAD: LoadAuthor = { door: 'system', actor: 'system' };
