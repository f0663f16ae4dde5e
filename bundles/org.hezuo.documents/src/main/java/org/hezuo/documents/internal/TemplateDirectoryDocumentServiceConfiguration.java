package org.hezuo.documents.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Hezuo 文书服务 / document service",
        description = "编译模板目录中的 Word 模板，按案件逐份生成文书（.docx，可选 PDF）；运行中新增、修改、删除的模板随即生效，"
                + "有错误的新版本不启用（原版本继续使用）。"
                + " Compiles the Word templates of a directory and renders one document per case (.docx, optionally PDF);"
                + " templates added, changed or removed while the host runs take effect, a refused new save leaves the"
                + " previous version in force.")
public @interface TemplateDirectoryDocumentServiceConfiguration {

    @AttributeDefinition(name = "模板目录 / templates directory",
            description = "存放 .docx 模板和 manifest.json 的目录；相对路径以宿主的工作目录为准。目录不存在时文书服务不启动。"
                    + " Directory of the .docx templates and their manifest.json, relative to the host's working directory."
                    + " The document service does not start when it does not exist.")
    String templates_directory() default "templates";

    @AttributeDefinition(name = "检查间隔（毫秒）/ check interval (ms)",
            description = "使用文书服务时，距上次检查模板目录超过这么多毫秒就再检查一次（只重新编译有变化的文件）；0 表示只在启动时编译。"
                    + " When the service is used and this many milliseconds have passed since the templates directory was"
                    + " last checked, it is checked again (only changed files are compiled); 0 compiles at start only.")
    long check_interval_ms() default 1000;

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
