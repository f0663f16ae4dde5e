package org.hezuo.json;

import java.util.List;
import org.hezuo.api.decision.FieldError;

/**
 * The outcome of reading JSON: a value, or the field errors that prevented it.
 *
 * @param <T> the type read
 * @param value the value, or {@code null} when there are errors
 * @param errors field errors; empty when the value was read
 */
public record ReadResult<T>(T value, List<FieldError> errors) {
  /**
   * Copies the error list.
   *
   * @param value the value
   * @param errors the errors
   */
  public ReadResult {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /**
   * Whether the value was read without errors.
   *
   * @return true when there are no errors
   */
  public boolean ok() {
    return errors.isEmpty();
  }
}
