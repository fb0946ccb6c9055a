// How the command-line tools end: the exit code their main gives, or 1 with the error's message.
/**
 * Runs a CLI main with its arguments and exits with its code, or with 1 and the error's message.
 */
export function runMain(main: (args: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
