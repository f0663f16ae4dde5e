package org.hezuo.rules.internal;

/**
 * One entry of the clause registry.
 *
 * @param id the clause id, e.g. {@code INT21-16-2}
 * @param source the document, e.g. 《职业学校学生实习管理规定》
 * @param article the article or item, e.g. 第十六条第（二）项
 * @param text the clause's words
 * @param file the registry file that defines it
 */
public record Clause(String id, String source, String article, String text, String file) {}
