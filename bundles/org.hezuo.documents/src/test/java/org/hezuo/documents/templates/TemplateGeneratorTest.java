package org.hezuo.documents.templates;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Regenerates templates/*.docx (overwrites hand edits!): -Dhezuo.templates.generate=true. */
class TemplateGeneratorTest {
    @Test
    @EnabledIfSystemProperty(named = "hezuo.templates.generate", matches = "true")
    void generate() throws Exception {
        TemplateGenerator.writeAll(Path.of("../../templates"));
    }
}
