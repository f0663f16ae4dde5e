package org.hezuo.rules.internal;

import static org.hezuo.rules.internal.RulesTestSupport.demoPack;
import static org.hezuo.rules.internal.RulesTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.Finding;
import org.hezuo.api.model.CaseType;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.json.HezuoJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack runs only for the case types its rules can fire for, and reading a limit never drops a finding. */
class CaseTypeGuardTest {
  @TempDir Path dir;

  private static String pack(String name, String rules) {
    return RulesTestSupport.HEADER.replace("org.hezuo.rules.demo", "org.hezuo.rules." + name) + rules;
  }

  @Test
  void aPackLimitedToOtherCaseTypesIsNotRunWhileAnyOtherLimitKeepsItsPackRunning() throws Exception {
    demoPack(dir);
    write(dir, "committeeonly/rules.drl", pack("committeeonly", """

        rule "仅委员会：名称"
          @clause("DEMO-1")
        when
          PolicyCase( caseType == CaseType.COMMITTEE )
        then
          out.block("ONLY_COMMITTEE", "DEMO-1", "只针对委员会");
        end

        rule "仅委员会或联合体"
          @clause("DEMO-1")
        when
          $c : PolicyCase( (caseType == CaseType.COMMITTEE) || caseType == CaseType.CONSORTIUM, $t : caseType )
        then
          out.info("COMMITTEE_OR_CONSORTIUM", "DEMO-1", "委员会或联合体");
        end
        """));
    write(dir, "notcommittee/rules.drl", pack("notcommittee", """

        rule "委员会以外的案件"
          @clause("DEMO-1")
        when
          PolicyCase( caseType != CaseType.COMMITTEE )
          $s : Student( )
        then
          out.info("NOT_COMMITTEE", "DEMO-1", "委员会以外：" + $s.getName(), $s);
        end
        """));
    RuleBaseManager m = RulesTestSupport.manager();
    assertTrue(m.activate(dir).activated(), () -> m.lastReport().problems().toString());
    RuleBase rb = m.inForce();
    RuleBase.PackBase only = rb.packs().stream().filter(p -> p.pack().equals("committeeonly")).findFirst().orElseThrow();
    assertEquals(EnumSet.of(CaseType.COMMITTEE, CaseType.CONSORTIUM), only.caseTypes());
    assertFalse(only.appliesTo(CaseType.POST_INTERNSHIP));
    for (String other : List.of("notcommittee", "demo")) {
      assertNull(rb.packs().stream().filter(p -> p.pack().equals(other)).findFirst().orElseThrow().caseTypes(),
          other + ": a limit not written as caseType == … runs the pack for every case");
    }

    PolicyCase internship = HezuoJson.mapper().readValue(RulesTestSupport.internshipCase("2010-09-01"), PolicyCase.class);
    Decision d = m.evaluator().evaluate(internship);
    assertEquals(List.of("DEMO_SPECIALTY", "NOT_COMMITTEE"), d.findings().stream().map(Finding::code).sorted().toList());
  }

  @Test
  void onlyPlainEqualitiesJoinedByOrAreReadAsLimits() {
    assertEquals(EnumSet.of(CaseType.COMMITTEE), CaseTypeGuard.types("caseType == CaseType.COMMITTEE"));
    assertEquals(EnumSet.of(CaseType.POST_INTERNSHIP, CaseType.WORK_STUDY),
        CaseTypeGuard.types("caseType == CaseType.POST_INTERNSHIP || (caseType==CaseType.WORK_STUDY)"));
    assertNull(CaseTypeGuard.types("caseType != CaseType.COMMITTEE"));
    assertNull(CaseTypeGuard.types("caseType == CaseType.COMMITTEE && asOf != null"));
    assertNull(CaseTypeGuard.types("caseType == CaseType.COMMITTEE || asOf != null"));
    assertNull(CaseTypeGuard.types("caseType == CaseType.NO_SUCH_TYPE"));
    assertNull(CaseTypeGuard.types("(caseType == CaseType.COMMITTEE) && (asOf != null)"));
  }
}
