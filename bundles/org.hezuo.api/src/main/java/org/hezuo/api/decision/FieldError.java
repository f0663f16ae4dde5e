package org.hezuo.api.decision;

/**
 * A field of a case that is missing or wrong.
 *
 * @param path the property path, e.g. {@code students[2].birthDate}
 * @param label the same path in Chinese, e.g. 学生[3].出生日期
 * @param code stable English code, e.g. {@code NOT_NULL}, {@code RESIDENT_ID}, {@code JSON_TYPE}
 * @param message the reason in Chinese
 */
public record FieldError(String path, String label, String code, String message) {}
