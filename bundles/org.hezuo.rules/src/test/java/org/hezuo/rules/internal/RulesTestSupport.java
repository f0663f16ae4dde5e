package org.hezuo.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.hezuo.validation.internal.HibernateCaseValidator;

/** Builds rules directories in temp folders and managers over them. */
final class RulesTestSupport {
  static final HibernateCaseValidator VALIDATOR =
      new HibernateCaseValidator(RulesTestSupport.class.getClassLoader());
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  private RulesTestSupport() {}

  static RuleBaseManager manager() {
    return new RuleBaseManager(VALIDATOR, RulesTestSupport.class.getClassLoader(), CLOCK);
  }

  /** Copies a directory tree (a rules directory or one pack) to {@code to}. */
  static void copyTree(Path from, Path to) throws IOException {
    try (java.util.stream.Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  static void write(Path dir, String rel, String text) {
    try {
      Path p = dir.resolve(rel);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String HEADER = """
      package org.hezuo.rules.demo;
      import org.hezuo.api.model.*;
      import org.hezuo.api.rules.Calc;
      global org.hezuo.api.rules.RuleOutput out;
      global org.hezuo.api.rules.PackParameters params;
      """;

  /** A small pack: one age rule citing a registered clause, one parameter, one Chinese literal. */
  static void demoPack(Path dir) {
    write(dir, "demo/age.drl", HEADER + """

        rule "未满16周岁不得岗位实习"
          @clause("DEMO-1")
        when
          PolicyCase( caseType == CaseType.POST_INTERNSHIP, $on : asOf )
          $s : Student( Calc.underAge(birthDate, $on, params.integer("demo.minAge"), "birthday") )
        then
          out.block("DEMO_UNDER_AGE", "DEMO-1", "学生" + $s.getName() + "未满" + params.integer("demo.minAge") + "周岁", $s);
        end

        rule "机电专业说明"
          @clause("DEMO-1")
        when
          $s : Student( specialty == "机电一体化" )
        then
          out.info("DEMO_SPECIALTY", "DEMO-1", "专业：" + $s.getSpecialty(), $s);
          out.value("matched", 1);
        end
        """);
    write(dir, "demo/pack.properties", "# 最低年龄\ndemo.minAge=16\n");
    write(dir, "demo/clauses.tsv", "id\tsource\tarticle\ttext\n"
        + "DEMO-1\t《职业学校学生实习管理规定》\t第十六条第（二）项\t不得安排、接收未满16周岁的学生进行岗位实习\n");
  }

  static final String SCHOOL = """
      "school": {"name": "黔西县中等职业学校"},
      "enterprise": {"name": "黔西县兴黔建材有限公司", "staffTotal": 200},
      """;

  static String internshipCase(String birthDate) {
    return "{\"caseId\": \"T-1\", \"caseType\": \"POST_INTERNSHIP\", \"asOf\": \"2026-09-01\","
        + SCHOOL
        + "\"students\": [{\"name\": \"张三\", \"birthDate\": \"" + birthDate
        + "\", \"specialty\": \"机电一体化\"}],"
        + "\"placement\": {\"startDate\": \"2026-09-01\", \"endDate\": \"2027-02-28\"}}";
  }

  static String scenario(String name, String birthDate, String outcome, String findings) {
    return "{\"name\": \"" + name + "\", \"case\": " + internshipCase(birthDate)
        + ", \"expect\": {\"outcome\": \"" + outcome + "\", \"findings\": [" + findings + "]}}";
  }
}
