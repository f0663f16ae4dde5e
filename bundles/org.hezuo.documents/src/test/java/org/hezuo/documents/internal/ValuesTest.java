package org.hezuo.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValuesTest {

    private static String upper(String s) {
        return Values.upper(new BigDecimal(s));
    }

    @Test
    void upperCaseAmounts() {
        assertEquals("壹万贰仟元整", upper("12000"));
        assertEquals("壹万贰仟元伍角", upper("12000.50"));
        assertEquals("零元整", upper("0"));
        assertEquals("伍角", upper("0.5"));
        assertEquals("伍分", upper("0.05"));
        assertEquals("壹仟零伍元零柒分", upper("1005.07"));
        assertEquals("壹万零伍佰元整", upper("10500"));
        assertEquals("壹拾万元整", upper("100000"));
        assertEquals("壹佰万零壹元整", upper("1000001"));
        assertEquals("壹亿零壹万元整", upper("100010000"));
        assertEquals("壹亿零壹元整", upper("100000001"));
        assertEquals("壹亿贰仟万元整", upper("120000000"));
        assertEquals("叁仟伍佰元贰角叁分", upper("3500.23"));
        assertEquals("负壹佰元整", upper("-100"));
        assertEquals("玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分", upper("999999999999.99"));
        assertThrows(TagSyntaxException.class, () -> upper("1000000000000"));
    }

    @Test
    void moneyDatesMasks() {
        assertEquals("12,000.00", Values.money(new BigDecimal("12000")));
        assertEquals("1,234,567.89", Values.money(new BigDecimal("1234567.885")));
        assertEquals("0.50", Values.money(new BigDecimal("0.5")));
        assertEquals("-1,000.00", Values.money(new BigDecimal("-1000")));
        assertEquals("2026年11月28日", Values.date(LocalDate.of(2026, 11, 28)));
        assertEquals("2024年7月5日", Values.date("2024-07-05"));
        assertEquals("520521********1234", Values.mask("520521200601011234"));
        assertEquals("******7890", Values.mask("1234567890"));
        assertThrows(TagSyntaxException.class, () -> Values.date("明天"));
    }

    @Test
    void checkAndTruth() {
        assertTrue(Values.check(TestModel.Gender.MALE, "男"));
        assertTrue(Values.check(TestModel.Gender.MALE, "MALE"));
        assertFalse(Values.check(TestModel.Gender.FEMALE, "男"));
        assertTrue(Values.check(Boolean.TRUE, null));
        assertFalse(Values.check(null, null));
        assertTrue(Values.truthy(BigDecimal.ONE));
        assertFalse(Values.truthy(BigDecimal.ZERO));
        assertFalse(Values.truthy(" "));
        assertFalse(Values.truthy(java.util.List.of()));
        assertTrue(Values.matches(new BigDecimal("3.0"), "3"));
    }

    @Test
    void tagSyntax() {
        Tag t = Tag.parse("{{ placement.startDate ｜ 日期 }}");
        assertEquals(Tag.Kind.FIELD, t.kind());
        assertEquals(Formatter.Kind.DATE, t.formatters().get(0).kind());
        Tag c = Tag.parse("{{x｜勾选：男}}");
        assertEquals("男", c.formatters().get(0).arg());
        Tag d = Tag.parse("{{x | 缺省:（无）}}");
        assertEquals("（无）", d.defaultText());
        Tag cond = Tag.parse("{{#if type == “订单班”}}");
        assertEquals("订单班", cond.operand());
        assertTrue(Tag.parse("{{$.school.name}}").path().fromRoot());
        assertTrue(Tag.parse("{{@序号}}").path().index());
        assertThrows(TagSyntaxException.class, () -> Tag.parse("{{x | 大小写}}"));
        assertThrows(TagSyntaxException.class, () -> Tag.parse("{{#for x}}"));
        assertThrows(TagSyntaxException.class, () -> Tag.parse("{{a..b}}"));
    }
}
