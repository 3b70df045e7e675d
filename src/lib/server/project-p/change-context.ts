/** Who makes a Project P change, from where and when: for the request history and the audit log. */
import type { AuthUser } from '../auth/user';

export interface ChangeContext {
	actor: AuthUser;
	client_address: string | null;
	now: Date;
}
