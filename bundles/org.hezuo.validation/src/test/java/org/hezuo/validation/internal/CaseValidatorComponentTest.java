package org.hezuo.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hezuo.api.model.PolicyCase;
import org.junit.jupiter.api.Test;

/** The DS component, constructed directly as SCR would. */
class CaseValidatorComponentTest {

  @Test
  void validatesUntilDeactivated() {
    CaseValidatorComponent component = new CaseValidatorComponent();
    PolicyCase c = CaseTestSupport.internshipCase();
    assertTrue(component.validate(c).isEmpty());
    c.setCaseId(null);
    assertEquals("caseId", component.validate(c).get(0).path());
    component.deactivate();
    assertThrows(IllegalStateException.class, () -> component.validate(c));
  }
}
