package org.hezuo.shell.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.admin.PolicyRules;
import org.hezuo.documents.CaseBatchService;
import org.hezuo.documents.DocumentService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one command when the host was started as a command line ({@code hezuo.cli.argc} set by
 * {@code bin/hezuo}), prints its result, and ends the JVM with its exit code; Felix's shutdown hook
 * stops the framework cleanly. Does nothing in an interactive or embedded host.
 *
 * @see CliMain
 */
@Component(immediate = true)
public class CliRunner {

  private static final Logger LOG = LoggerFactory.getLogger(CliRunner.class);

  /** Dynamic and optional: the runner must start before the evaluator to be able to time out. */
  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile PolicyEvaluator evaluator;

  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile PolicyRules rules;

  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile CaseBatchService batch;

  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile DocumentService documents;

  /**
   * Starts the command in its own thread if the host is a command line.
   *
   * @param context the bundle context, for the framework properties
   */
  @Activate
  void activate(BundleContext context) {
    List<String> args = CliMain.arguments(context::getProperty);
    if (args == null) {
      return;
    }
    long seconds = Long.parseLong(String.valueOf(
        context.getProperty("hezuo.cli.timeout") == null ? "120" : context.getProperty("hezuo.cli.timeout")));
    // bin/hezuo runs Java with stdin from /dev/null, so System.console() is null there: the script
    // says whether standard error is a terminal (hezuo.cli.tty)
    boolean terminal = System.console() != null
        || Boolean.parseBoolean(context.getProperty("hezuo.cli.tty"));
    CliMain main = new CliMain(() -> evaluator, () -> rules, Duration.ofSeconds(seconds))
        .batch(() -> batch, new PrintStream(System.err, true, StandardCharsets.UTF_8), terminal)
        .templates(() -> documents);
    Thread t = new Thread(() -> runAndExit(main, args), "hezuo-cli");
    t.start();
  }

  private static void runAndExit(CliMain main, List<String> args) {
    int code;
    try {
      CommandResult r = main.run(args);
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      out.print(r.output());
      out.flush();
      code = r.exitCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      code = CommandResult.NO_RULES;
    } catch (RuntimeException e) {
      LOG.error("hezuo {} failed", args, e);
      code = CommandResult.NO_RULES;
    }
    // Felix registers a shutdown hook that stops the framework before the JVM ends.
    System.exit(code);
  }
}
