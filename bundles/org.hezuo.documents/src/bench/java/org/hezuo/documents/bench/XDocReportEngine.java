package org.hezuo.documents.bench;

import fr.opensagres.xdocreport.document.IXDocReport;
import fr.opensagres.xdocreport.document.registry.XDocReportRegistry;
import fr.opensagres.xdocreport.template.IContext;
import fr.opensagres.xdocreport.template.TemplateEngineKind;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hezuo.documents.internal.TestModel;

/** XDocReport with FreeMarker, report loaded once with the template cache on. */
final class XDocReportEngine {
    private XDocReportEngine() {
    }

    static RenderBenchmark.Engine create(byte[] template, TestModel.PolicyCase data) throws Exception {
        IXDocReport report = XDocReportRegistry.getRegistry().loadReport(new ByteArrayInputStream(template), TemplateEngineKind.Freemarker, true);
        return out -> {
            IContext ctx = report.createContext();
            ctx.put("number", data.getNumber());
            ctx.put("school", party(data.getSchool()));
            ctx.put("enterprise", party(data.getEnterprise()));
            ctx.put("placement", Map.of("startDate", data.getPlacement().startDate().toString(),
                    "endDate", data.getPlacement().endDate().toString(),
                    "monthlyPay", data.getPlacement().monthlyPay().toPlainString()));
            List<Map<String, String>> students = new ArrayList<>();
            for (TestModel.Student s : data.getStudents()) {
                students.add(Map.of("name", s.name(), "gender", s.gender().label(), "birthDate", s.birthDate().toString(),
                        "idNumber", s.idNumber()));
            }
            ctx.put("students", students);
            report.process(ctx, out);
        };
    }

    private static Map<String, String> party(TestModel.Party p) {
        return Map.of("name", p.name(), "creditCode", p.creditCode(), "representative", p.representative());
    }
}
