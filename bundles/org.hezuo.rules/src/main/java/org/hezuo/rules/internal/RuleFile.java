package org.hezuo.rules.internal;

/**
 * One file of the rules directory, decoded.
 *
 * @param pack the pack (first directory level), or "" for files at the top
 * @param path the path relative to the rules directory, with forward slashes
 * @param kind what the file is
 * @param bytes the raw content (hashed into the version)
 * @param text the content decoded as UTF-8, or null for binary kinds
 */
public record RuleFile(String pack, String path, Kind kind, byte[] bytes, String text) {

  /** The kinds of file a rules directory may hold. */
  public enum Kind {
    /** Drools rule language. */
    DRL,
    /** Domain-specific language mapping (Chinese sentences to DRL). */
    DSL,
    /** Rules written in the sentences of a DSL. */
    DSLR,
    /** A decision table spreadsheet ({@code *.drl.xlsx}). */
    DTABLE_XLSX,
    /** A decision table as CSV ({@code *.drl.csv}). */
    DTABLE_CSV,
    /** Pack parameters ({@code pack.properties}). */
    PARAMETERS,
    /** Clause registry ({@code clauses.tsv}). */
    CLAUSES,
    /** What the computed values mean ({@code values.tsv}). */
    VALUES,
    /** A scenario test ({@code tests/*.json}). */
    SCENARIO,
    /** Documentation, not loaded. */
    DOC;

    /**
     * Whether the content is text that must decode as UTF-8.
     *
     * @return false only for spreadsheets
     */
    public boolean isText() {
      return this != DTABLE_XLSX;
    }
  }
}
