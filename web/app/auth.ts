import Keycloak from 'keycloak-js';
import type { RuntimeConfig } from './config';

export type Role = 'leader' | 'investment' | 'land' | 'party-affairs';
export const ROLES: Role[] = ['leader', 'investment', 'land', 'party-affairs'];

export interface Session {
  username: string;
  name: string;
  roles: Role[];
  /** A valid access token, refreshed first when it expires within 30 s; an ended session logs in again. */
  token(): Promise<string>;
  /** Back to Keycloak's login page, then to where the user was (the period is in the URL). */
  login(): Promise<void>;
  logout(): Promise<void>;
}

/**
 * Authorization code with PKCE on the public client; tokens live in this object only (memory), never in storage.
 * A reload finds the Keycloak session and comes straight back.
 */
export async function startSession(config: RuntimeConfig): Promise<Session> {
  const realm = config.realmUrl.replace(/\/+$/, '');
  const at = realm.lastIndexOf('/realms/');
  const keycloak = new Keycloak({
    url: realm.substring(0, at),
    realm: realm.substring(at + '/realms/'.length),
    clientId: config.clientId,
  });
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    redirectUri: window.location.href,
  });
  const login = () => keycloak.login({ redirectUri: window.location.href });
  const parsed = keycloak.tokenParsed ?? {};
  const realmRoles = (parsed.realm_access?.roles ?? []) as string[];
  return {
    username: String(parsed.preferred_username ?? ''),
    name: String(parsed.name ?? parsed.preferred_username ?? ''),
    roles: ROLES.filter((role) => realmRoles.includes(role)),
    async token() {
      try {
        await keycloak.updateToken(30);
      } catch {
        await login();
        throw new Error('session ended');
      }
      return keycloak.token!;
    },
    login,
    logout: () => keycloak.logout({ redirectUri: window.location.origin + '/' }),
  };
}
