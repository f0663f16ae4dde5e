package org.hezuo.documents.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Hezuo document service", description = "Word templates compiled at start, rendered per case.")
public @interface TemplateDirectoryDocumentServiceConfiguration {

    @AttributeDefinition(name = "Templates directory", description = "Directory holding the .docx templates (relative to the working directory of the host).")
    String templates_directory() default "templates";

    @AttributeDefinition(name = "Fast compression", description = "Deflate generated parts at level 1: about twice as fast, documents a little larger.")
    boolean fast_compression() default false;

    @AttributeDefinition(name = "soffice path", description = "LibreOffice executable for PDF; empty to search soffice/libreoffice on the PATH.")
    String soffice_path() default "";

    @AttributeDefinition(name = "PDF timeout (s)", description = "Longest time one PDF conversion may take.")
    int pdf_timeout_seconds() default 120;
}
