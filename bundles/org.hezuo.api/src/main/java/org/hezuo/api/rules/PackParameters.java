package org.hezuo.api.rules;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The parameters of the rule packs in force (the global {@code params}), read from each pack's
 * {@code pack.properties}. Names are unique across packs; asking for an unknown name is an error
 * caught when the pack's scenarios run.
 */
@ProviderType
public interface PackParameters {
  /**
   * A whole number.
   *
   * @param name the parameter
   * @return its value
   * @throws IllegalArgumentException if the parameter is unknown or not a whole number
   */
  int integer(String name);

  /**
   * A decimal number.
   *
   * @param name the parameter
   * @return its value
   * @throws IllegalArgumentException if the parameter is unknown or not a number
   */
  BigDecimal decimal(String name);

  /**
   * A text value, e.g. a mode name.
   *
   * @param name the parameter
   * @return its value
   * @throws IllegalArgumentException if the parameter is unknown
   */
  String text(String name);

  /**
   * A yes/no value ({@code true}/{@code false}).
   *
   * @param name the parameter
   * @return its value
   * @throws IllegalArgumentException if the parameter is unknown or not a boolean
   */
  boolean flag(String name);

  /**
   * A time of day, {@code HH:mm}.
   *
   * @param name the parameter
   * @return its value
   * @throws IllegalArgumentException if the parameter is unknown or not a time
   */
  LocalTime time(String name);
}
