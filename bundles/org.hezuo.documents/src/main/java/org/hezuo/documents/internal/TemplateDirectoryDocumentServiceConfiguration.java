package org.hezuo.documents.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Hezuo 文书服务 / document service",
        description = "启动时编译模板目录中的 Word 模板，之后按案件逐份生成文书（.docx，可选 PDF）。"
                + " Compiles the Word templates of a directory at start, then renders one document per case (.docx, optionally PDF).")
public @interface TemplateDirectoryDocumentServiceConfiguration {

    @AttributeDefinition(name = "模板目录 / templates directory",
            description = "存放 .docx 模板和 manifest.json 的目录；相对路径以宿主的工作目录为准。目录不存在时文书服务不启动。"
                    + " Directory of the .docx templates and their manifest.json, relative to the host's working directory."
                    + " The document service does not start when it does not exist.")
    String templates_directory() default "templates";

    @AttributeDefinition(name = "快速压缩 / fast compression",
            description = "以 1 级压缩写入生成的部分：生成速度约快一倍，文件略大。"
                    + " Deflate generated parts at level 1: about twice as fast, documents a little larger.")
    boolean fast_compression() default false;

    @AttributeDefinition(name = "LibreOffice 路径 / soffice path",
            description = "用于生成 PDF 的 LibreOffice 可执行文件（soffice）的完整路径；留空则在 PATH 中查找 soffice 或 libreoffice。"
                    + " LibreOffice executable used for PDF; empty to search soffice/libreoffice on the PATH.")
    String soffice_path() default "";

    @AttributeDefinition(name = "PDF 超时（秒）/ PDF timeout (s)",
            description = "一次 PDF 转换最多允许的秒数，超时即放弃并报告。"
                    + " Longest time in seconds one PDF conversion may take before it is abandoned and reported.")
    int pdf_timeout_seconds() default 120;
}
