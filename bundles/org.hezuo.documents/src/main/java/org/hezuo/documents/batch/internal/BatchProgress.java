package org.hezuo.documents.batch.internal;

/**
 * Told after every row of a batch (a terminal can draw a bar from it). Called on the batch's thread.
 */
@FunctionalInterface
public interface BatchProgress {

    /**
     * One row is done.
     *
     * @param done rows handled so far
     * @param total rows in the file, or -1 if not known
     * @param status {@code ok}, {@code skipped} (done in an earlier run) or {@code error}
     */
    void row(int done, int total, String status);
}
