// One clear line on stderr and a non-zero exit: the scripts' only way to fail.
export class ScriptError extends Error {}

export function fail(message) {
  throw new ScriptError(message);
}

/** Runs main(); a ScriptError prints its one line, anything else its stack (a bug in the script). */
export async function runMain(main) {
  try {
    await main();
  } catch (err) {
    if (err instanceof ScriptError) {
      process.stderr.write(`error: ${err.message}\n`);
    } else {
      process.stderr.write(`${err?.stack ?? err}\n`);
    }
    process.exitCode = 1;
  }
}
