import { createContext, useContext } from 'react';
import type { Role, Session } from './auth';

/** The logged-in user, for the pages that decide what to offer by role. */
export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('No session: the app renders pages only after login');
  return session;
}

/** Writes are for the owning department's role only; the leader reads everything and writes nothing. */
export const mayWrite = (session: Pick<Session, 'roles'>, role: Role) => session.roles.includes(role);
