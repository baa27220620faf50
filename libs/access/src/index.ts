export { ROLES, Role, generateApiKey, hashApiKey, isRole, roleAllows } from './api-key';
export { Actor, ApiKeyError, ApiKeyRecord, ApiKeyStore } from './api-key.store';
