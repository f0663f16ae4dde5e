package org.hezuo.documents.bench;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/** docx4j: load the template, VariableReplace (values pre-escaped: it does not escape), save. */
final class Docx4jEngine {
    private Docx4jEngine() {
    }

    static RenderBenchmark.Engine create(byte[] template, Map<String, String> vars) {
        return out -> {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(template));
            pkg.getMainDocumentPart().variableReplace(vars);
            pkg.save(out);
        };
    }
}
