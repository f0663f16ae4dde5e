package org.hezuo.documents.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Converts .docx to PDF with LibreOffice headless, an optional external program: found on the PATH
 * ({@code soffice}, {@code libreoffice}) or at a configured path. Each converter uses its own private
 * LibreOffice profile and a fontconfig file mapping 宋体/仿宋/楷体/小标宋 to Noto Serif CJK SC and 黑体 to
 * Noto Sans CJK SC. Conversions through one converter are serialised (one LibreOffice per profile).
 */
public final class LibreOfficePdfConverter implements AutoCloseable {

    /** A conversion that failed, with a stable code and a Chinese message. */
    public static final class PdfException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String code;

        PdfException(String code, String message) {
            super(message);
            this.code = code;
        }

        /**
         * The stable code: PDF_CONVERTER_MISSING, PDF_TIMEOUT or PDF_FAILED.
         *
         * @return the code
         */
        public String code() {
            return code;
        }
    }

    private final Path soffice;
    private final long timeoutSeconds;
    private final Path work;
    private final Path fontsConf;

    /**
     * Creates a converter.
     *
     * @param configured the soffice executable, or null/blank to search the PATH
     * @param timeoutSeconds how long one conversion may take
     * @throws PdfException PDF_CONVERTER_MISSING when LibreOffice cannot be found
     * @throws IOException when the private profile directory cannot be created
     */
    public LibreOfficePdfConverter(String configured, long timeoutSeconds) throws PdfException, IOException {
        this.soffice = detect(configured).orElseThrow(() -> new PdfException("PDF_CONVERTER_MISSING",
                "未找到 LibreOffice，无法生成 PDF（PDF_CONVERTER_MISSING）：请安装 libreoffice-writer-nogui 与 fonts-noto-cjk，"
                        + "或配置 soffice 的路径。LibreOffice not found: install it or configure the soffice path."));
        this.timeoutSeconds = timeoutSeconds;
        this.work = Files.createTempDirectory("hezuo-pdf-");
        this.fontsConf = work.resolve("fonts.conf");
        try (InputStream in = LibreOfficePdfConverter.class.getResourceAsStream("fonts.conf")) {
            Files.copy(in, fontsConf, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Finds LibreOffice.
     *
     * @param configured an explicit path, or null/blank
     * @return the executable, if any
     */
    public static Optional<Path> detect(String configured) {
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured.strip());
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : new String[] {"soffice", "libreoffice"}) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Converts one document.
     *
     * @param docx the .docx bytes
     * @return the PDF bytes
     * @throws PdfException PDF_TIMEOUT or PDF_FAILED
     * @throws IOException when temporary files cannot be written
     * @throws InterruptedException when interrupted while waiting
     */
    public synchronized byte[] convert(byte[] docx) throws PdfException, IOException, InterruptedException {
        Path job = Files.createTempDirectory(work, "job-");
        try {
            Path in = job.resolve("document.docx");
            Files.write(in, docx);
            List<String> cmd = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore", "--nologo",
                    "--nolockcheck", "--nodefault", "-env:UserInstallation=" + work.resolve("profile").toUri(),
                    "--convert-to", "pdf:writer_pdf_Export", "--outdir", job.toString(), in.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(job.resolve("log.txt").toFile());
            pb.environment().put("FONTCONFIG_FILE", fontsConf.toString());
            pb.environment().put("HOME", work.toString());
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new PdfException("PDF_TIMEOUT", "PDF 转换超时（" + timeoutSeconds + " 秒，PDF_TIMEOUT）");
            }
            Path pdf = job.resolve("document.pdf");
            if (p.exitValue() != 0 || !Files.exists(pdf)) {
                throw new PdfException("PDF_FAILED", "PDF 转换失败（PDF_FAILED），退出码 " + p.exitValue() + "："
                        + Files.readString(job.resolve("log.txt")).strip());
            }
            return Files.readAllBytes(pdf);
        } finally {
            delete(job);
        }
    }

    @Override
    public void close() throws IOException {
        delete(work);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
