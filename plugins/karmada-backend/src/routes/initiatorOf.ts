import { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * The user entity ref behind a request (also when a service acts on a
 * user's behalf); undefined for pure service calls.
 *
 * @public
 */
export function initiatorOf(
  credentials: BackstageCredentials,
): string | undefined {
  const p = credentials.principal as { type?: string; userEntityRef?: string };
  return p?.type === 'user' ? p.userEntityRef : undefined;
}
