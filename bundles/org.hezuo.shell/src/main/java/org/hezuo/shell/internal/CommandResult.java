package org.hezuo.shell.internal;

/**
 * What a command printed and the exit code the command line ends with.
 *
 * @param exitCode {@link #OK}, {@link #USAGE}, {@link #BAD_INPUT}, {@link #NO_RULES}, {@link
 *     #REFUSED} or {@link #SOME_FAILED}
 * @param output the text to print on standard output
 */
public record CommandResult(int exitCode, String output) {
  /** The command ran; the decision was printed (whatever its outcome). */
  public static final int OK = 0;
  /** Unknown command or wrong arguments. */
  public static final int USAGE = 1;
  /** The case could not be read or has field errors. */
  public static final int BAD_INPUT = 2;
  /** No rule base in force (still starting, or the rules failed to load). */
  public static final int NO_RULES = 3;
  /** Rules refused: validation, activation or rollback would not (or did not) put them in force. */
  public static final int REFUSED = 4;
  /** A batch ran, but some rows produced no document (see the manifest). */
  public static final int SOME_FAILED = 5;
}
