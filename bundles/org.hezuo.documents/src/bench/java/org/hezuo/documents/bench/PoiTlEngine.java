package org.hezuo.documents.bench;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.ByteArrayInputStream;

/** poi-tl: compiles the template from bytes for every document (it has no reusable compiled form). */
final class PoiTlEngine {
    private PoiTlEngine() {
    }

    static RenderBenchmark.Engine create(byte[] template, Object data) {
        Configure config = Configure.builder().bind("students", new LoopRowTableRenderPolicy()).build();
        return out -> {
            XWPFTemplate t = XWPFTemplate.compile(new ByteArrayInputStream(template), config).render(data);
            t.write(out);
            t.close();
        };
    }
}
