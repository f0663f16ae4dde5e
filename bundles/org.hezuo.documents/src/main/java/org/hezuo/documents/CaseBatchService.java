package org.hezuo.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The clerk's batch: one document per row of a data file (a JSON array of cases, or a CSV/XLSX sheet
 * whose header cells are dotted field paths such as {@code students.0.name}), each row merged over an
 * optional base case and sent through {@link CaseDocumentService} (policy check first; 不符合 rows are
 * refused unless an override reason is given). Every document is written atomically into the output
 * directory and recorded in {@code manifest.csv} (row, file, status, reason, hash); a bad row never
 * stops the batch; a re-run skips rows already done with the same data. Rows are streamed.
 */
@ProviderType
public interface CaseBatchService {

  /**
   * What to generate.
   *
   * @param templateId the template, e.g. {@code internship-tripartite-agreement}
   * @param rows the data file: {@code .json} (array of cases), {@code .csv} (UTF-8, or GBK/GB18030) or {@code .xlsx}
   * @param outDir the output directory (created if missing)
   * @param baseCase a case JSON file every row is merged over, or null
   * @param pdf whether to write PDF instead of .docx
   * @param overrideReason the clerk's reason to generate 不符合 rows anyway, or null
   * @param actor who asks (recorded with overrides)
   */
  record Request(String templateId, Path rows, Path outDir, Path baseCase, boolean pdf,
      String overrideReason, String actor) {}

  /**
   * What a batch did.
   *
   * @param total rows in the file
   * @param ok documents written in this run
   * @param skipped rows already done in an earlier run
   * @param failed rows that produced no document (see the manifest)
   * @param manifest the manifest file
   */
  record Summary(int total, int ok, int skipped, int failed, Path manifest) {}

  /**
   * One row of {@code manifest.csv}.
   *
   * @param row the row number in the data file (from 1)
   * @param file the document written, or empty
   * @param status {@code ok} or {@code error}
   * @param reason why the row produced no document (Chinese, with codes), or the override recorded
   * @since 1.1
   */
  record ManifestRow(int row, String file, String status, String reason) {}

  /**
   * Reads the rows of a batch's manifest ({@link Summary#manifest()}).
   *
   * @param manifest the manifest file
   * @return its rows in file order
   * @throws IOException when it cannot be read
   * @since 1.1
   */
  static List<ManifestRow> manifestRows(Path manifest) throws IOException {
    return org.hezuo.documents.batch.internal.Manifest.rows(manifest);
  }

  /** Told after every row, on the batch's thread. */
  @FunctionalInterface
  interface Progress {
    /**
     * One row is done.
     *
     * @param done rows handled so far
     * @param total rows in the file, or -1 if not known
     * @param status {@code ok}, {@code skipped} or {@code error}
     * @param reason why a row failed (Chinese, with codes), else empty
     */
    void row(int done, int total, String status, String reason);
  }

  /**
   * Runs a batch.
   *
   * @param request what to generate
   * @param progress told after every row
   * @return the counts
   * @throws IOException when the data file, the base case, the directory or the manifest cannot be
   *     read or written
   * @throws IllegalArgumentException for an unknown template or an unsupported data file
   */
  Summary run(Request request, Progress progress) throws IOException;
}
