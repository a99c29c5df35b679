/** The page's session: who is signed in and what the server lets the page do. */

/** What `GET /api/session` answers. */
export interface Session {
	user: { name: string; role: string } | null;
	/** Accounts exist on this server (so signing in means something). */
	accounts: boolean;
	canWrite: boolean;
	canDelete: boolean;
	/**
	 * The server shows a claims file (`CLAIMSMAP_CLAIMS_FILE`) read-only: its claims cannot be
	 * corrected or judged, whatever the role.
	 */
	claimsFile?: boolean;
}

/** The session of a single analyst on their own machine, before the server has answered. */
export const LOCAL_SESSION: Session = {
	user: null,
	accounts: false,
	canWrite: true,
	canDelete: true
};

/** Asks the server; a file served read-only or an older server gives the local session. */
export async function fetchSession(fetcher: typeof fetch = fetch): Promise<Session> {
	try {
		const response = await fetcher('/api/session');
		if (!response.ok) return LOCAL_SESSION;
		return (await response.json()) as Session;
	} catch {
		return LOCAL_SESSION;
	}
}
