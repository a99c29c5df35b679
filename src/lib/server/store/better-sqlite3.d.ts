/** The part of better-sqlite3 12's API the store uses (the package ships no types of its own). */
declare module 'better-sqlite3' {
	namespace BetterSqlite3 {
		interface RunResult {
			changes: number;
			lastInsertRowid: number | bigint;
		}
		interface Statement {
			run(...params: unknown[]): RunResult;
			get(...params: unknown[]): unknown;
			all(...params: unknown[]): unknown[];
		}
		interface Transaction<F extends (...args: never[]) => unknown> {
			(...args: Parameters<F>): ReturnType<F>;
			immediate(...args: Parameters<F>): ReturnType<F>;
		}
		interface Database {
			readonly open: boolean;
			readonly inTransaction: boolean;
			prepare(sql: string): Statement;
			exec(sql: string): this;
			pragma(source: string, options?: { simple?: boolean }): unknown;
			transaction<F extends (...args: never[]) => unknown>(fn: F): Transaction<F>;
			close(): this;
		}
		interface Options {
			readonly?: boolean;
			fileMustExist?: boolean;
			timeout?: number;
		}
	}
	const Database: {
		new (filename: string, options?: BetterSqlite3.Options): BetterSqlite3.Database;
	};
	export default Database;
	export type { BetterSqlite3 };
}
