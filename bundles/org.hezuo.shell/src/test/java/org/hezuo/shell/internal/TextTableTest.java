package org.hezuo.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void alignsByDisplayWidthAndContinuesMultiLineCells() {
    String out = new TextTable("位置", "原因").row("a.drl:1", "第一行\n第二行").row("规则包", "x").render("");
    assertEquals("位置     原因\n"
        + "a.drl:1  第一行\n"
        + "         第二行\n"
        + "规则包   x\n", out);
    assertEquals(6, TextTable.width("规则包"));
    assertEquals(4, TextTable.width("a，b"));
  }
}
