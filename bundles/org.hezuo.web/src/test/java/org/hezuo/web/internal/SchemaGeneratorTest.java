package org.hezuo.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.hezuo.api.model.CaseType;
import org.hezuo.json.HezuoJson;
import org.junit.jupiter.api.Test;

class SchemaGeneratorTest {
  final SchemaGenerator gen = new SchemaGenerator();

  JsonNode schema(CaseType t) {
    return HezuoJson.mapper().valueToTree(gen.schema(t));
  }

  @Test
  void postInternshipSchemaCarriesLabelsConstraintsAndSections() {
    JsonNode s = schema(CaseType.POST_INTERNSHIP);
    assertEquals("岗位实习", s.get("title").asText());
    assertEquals("POST_INTERNSHIP", s.at("/properties/caseType/const").asText());
    for (String r : new String[] {"caseId", "caseType", "school", "enterprise", "students", "placement"}) {
      assertTrue(s.get("required").toString().contains("\"" + r + "\""), r);
    }
    assertFalse(s.get("properties").has("committee"));
    JsonNode student = s.at("/properties/students/items");
    assertEquals("出生日期", student.at("/properties/birthDate/title").asText());
    assertEquals("date", student.at("/properties/birthDate/format").asText());
    assertTrue(student.at("/properties/birthDate/x-past").asBoolean());
    assertTrue(student.get("required").toString().contains("birthDate"));
    assertEquals(50, student.at("/properties/name/maxLength").asInt());
    assertEquals(1, student.at("/properties/grade/minimum").asInt());
    assertEquals("resident-id", student.at("/properties/idNumber/x-format").asText());
    assertEquals("boolean", student.at("/properties/consentSigned/type").asText());
    JsonNode gender = student.at("/properties/gender");
    assertEquals(gender.get("enum").size(), gender.get("x-enumLabels").size());
    assertEquals(false, s.get("additionalProperties").asBoolean());
  }

  @Test
  void partiesCarryTheFieldsTheyInherit() {
    JsonNode s = schema(CaseType.POST_INTERNSHIP);
    for (String party : new String[] {"school", "enterprise"}) {
      JsonNode p = s.at("/properties/" + party);
      assertEquals("名称", p.at("/properties/name/title").asText(), party);
      assertTrue(p.get("required").toString().contains("\"name\""), party);
      assertEquals("统一社会信用代码", p.at("/properties/creditCode/title").asText(), party);
      assertTrue(p.at("/properties/creditCode/pattern").isTextual(), party);
      assertEquals("name", p.get("properties").fieldNames().next(), party + ": inherited fields come first");
    }
    assertTrue(s.at("/properties/school/properties/schoolType").isObject());
  }

  @Test
  void everyCaseTypeHasASchemaWithJavaScriptCompatiblePatterns() {
    for (CaseType t : CaseType.values()) {
      JsonNode s = schema(t);
      assertEquals("object", s.get("type").asText(), t.name());
      s.findValues("pattern").forEach(p -> Pattern.compile(p.asText()));
    }
    assertTrue(schema(CaseType.COMMITTEE).get("properties").has("committee"));
    assertFalse(schema(CaseType.COMMITTEE).get("properties").has("school"));
  }

  @Test
  void caseIdPatternMatchesTheModel() {
    JsonNode s = schema(CaseType.ORDER_TRAINING);
    Pattern p = Pattern.compile(s.at("/properties/caseId/pattern").asText());
    assertTrue(p.matcher("C-2026.1").matches());
    assertFalse(p.matcher("案件1").matches());
  }
}
