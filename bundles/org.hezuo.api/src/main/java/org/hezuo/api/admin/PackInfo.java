package org.hezuo.api.admin;

/**
 * One rule pack of the version in force.
 *
 * @param name the pack (its folder under the rules directory)
 * @param rules number of rules
 * @param scenarios number of scenario tests
 */
public record PackInfo(String name, int rules, int scenarios) {}
