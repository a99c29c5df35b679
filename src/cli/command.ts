/** One subcommand of the command line. */
export interface Command {
	name: string;
	/** One line for the usage text. */
	summary: string;
	/** Runs with the arguments after the command's name; resolves to the process exit code. */
	run(args: string[]): Promise<number>;
}
