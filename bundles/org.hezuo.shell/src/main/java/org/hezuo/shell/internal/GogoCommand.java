package org.hezuo.shell.internal;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.annotation.ElementType;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for Gogo commands: {@code osgi.command.scope} and {@code
 * osgi.command.function}, typed instead of written as strings.
 *
 * @see HezuoCommands
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface GogoCommand {
  /** Turns {@code scope} into {@code osgi.command.scope}. */
  String PREFIX_ = "osgi.command.";

  /**
   * The command scope.
   *
   * @return e.g. {@code hezuo}
   */
  String scope();

  /**
   * The public methods offered as commands.
   *
   * @return the method names
   */
  String[] function();
}
