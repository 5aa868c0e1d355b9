import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Session } from './auth';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Every request goes to the gateway only, with the session's token, as an automatic persisted query (the hash
 * first; the text only when the gateway does not know it yet). A token the gateway refuses sends the user to log in.
 */
export function createClient(gatewayUrl: string, session: Session): ApolloClient {
  const auth = new SetContextLink(async (prevContext) => ({
    headers: { ...prevContext.headers, Authorization: `Bearer ${await session.token()}` },
  }));
  const expired = new ErrorLink(({ error }) => {
    const unauthenticated = CombinedGraphQLErrors.is(error)
      ? error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
      : (error as { statusCode?: number }).statusCode === 401;
    if (unauthenticated) void session.login();
  });
  return new ApolloClient({
    link: ApolloLink.from([
      expired,
      auth,
      new PersistedQueryLink({ sha256 }),
      new HttpLink({ uri: `${gatewayUrl}/graphql` }),
    ]),
    cache: new InMemoryCache(),
  });
}
