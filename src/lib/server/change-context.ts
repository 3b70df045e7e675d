/**
 * Who makes a change, from where and when: what every write that keeps a history or an audit entry is given
 * (accounts, Project P requests, allocation scenarios, gap thresholds). The clock is passed in, never read, so a
 * change and its audit entry carry the same instant and tests can fix it.
 */
import type { AuthUser } from './auth/user';

/** The part of a user a change records: writes that need the role or service ask for the whole AuthUser. */
export type ChangeActor = Pick<AuthUser, 'id' | 'username'>;

export interface ChangeContext<Actor extends ChangeActor = AuthUser> {
	actor: Actor;
	client_address: string | null;
	now: Date;
}
