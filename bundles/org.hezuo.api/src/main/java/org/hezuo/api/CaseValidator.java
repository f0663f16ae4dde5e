package org.hezuo.api;

import java.util.List;
import org.hezuo.api.decision.FieldError;
import org.osgi.annotation.versioning.ProviderType;

/** Bean Validation of cases and other model objects, with Chinese messages. Thread-safe. */
@ProviderType
public interface CaseValidator {
  /**
   * Validates an object of the model.
   *
   * @param bean the object (a case, a student …)
   * @return the field errors, sorted by path; empty when valid
   * @throws IllegalArgumentException if {@code bean} is null
   */
  List<FieldError> validate(Object bean);
}
