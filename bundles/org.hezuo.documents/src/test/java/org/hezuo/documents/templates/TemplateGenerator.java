package org.hezuo.documents.templates;

import static org.hezuo.documents.templates.DocxWriter.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hezuo.documents.templates.DocxWriter.Cell;
import org.hezuo.documents.templates.DocxWriter.Layout;

/**
 * Writes the fourteen .docx templates of {@code templates/}. The committed .docx files are the source
 * clerks edit in Word/WPS; this generator is how the first versions were made (re-run it only to start
 * over: it overwrites hand edits). Run: {@code mvn -pl bundles/org.hezuo.documents test
 * -Dtest=TemplateGeneratorTest -Dhezuo.templates.generate=true}.
 */
final class TemplateGenerator {
    private static final int[] SIGN = {4422, 4422};

    private TemplateGenerator() {
    }

    static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir, "cooperation-agreement", cooperation());
        write(dir, "joint-schooling-agreement", jointSchooling());
        write(dir, "order-employment-agreement", orderEmployment());
        write(dir, "internship-tripartite-agreement", tripartite());
        write(dir, "internship-informed-consent", consent());
        write(dir, "staff-training-agreement", staffTraining());
        write(dir, "course-development-agreement", courseDevelopment());
        write(dir, "training-base-agreement", trainingBase());
        write(dir, "teacher-practice-form", teacherPractice());
        write(dir, "teaching-advisory-charter", teachingAdvisoryCharter());
        write(dir, "specialty-guidance-charter", specialtyGuidanceCharter());
        write(dir, "steering-committee-notice", steeringNotice());
        write(dir, "consortium-agreement", consortium());
        write(dir, "refund-notice", refundNotice());
    }

    private static void write(Path dir, String id, DocxWriter w) throws IOException {
        Files.write(dir.resolve(id + ".docx"), w.build());
    }

    // ---- common blocks -----------------------------------------------------------------------

    private static DocxWriter agreement(String title) {
        DocxWriter w = new DocxWriter(Layout.AGREEMENT, title).header("协议编号：{{doc.number}}");
        w.title(title);
        return w;
    }

    private static void party(DocxWriter w, String label, String path) {
        w.plain("**" + label + "：{{" + path + ".name}}**");
        w.plain("统一社会信用代码：{{" + path + ".creditCode}}");
        w.plain("法定代表人：{{" + path + ".legalRepresentative}}");
        w.plain("住所：{{" + path + ".address}}");
        w.plain("联系人：{{" + path + ".contactPerson | 缺省:／}}　联系电话：{{" + path + ".contactPhone | 缺省:／}}");
        w.blank();
    }

    private static void place(DocxWriter w) {
        w.plain("签订地点：{{doc.place}}");
        w.plain("签订日期：{{doc.date | 日期}}");
        w.blank();
    }

    private static String basis(boolean internship) {
        return "根据《中华人民共和国民法典》《中华人民共和国职业教育法》"
                + (internship ? "《职业学校学生实习管理规定》" : "《职业学校校企合作促进办法》")
                + "等法律法规和有关规定，";
    }

    private static void effect(DocxWriter w, String number, String parties) {
        w.clause(number, "本协议一式{{doc.copies}}份，" + parties + "，具有同等法律效力。"
                + "本协议自各方签字并盖章之日起生效；各方签字、盖章不在同一日的，以最后一方签字、盖章之日为生效日。");
        w.center("（以下无正文）");
        w.blank();
    }

    private static Cell org(String label, String path) {
        return Cell.of(label + "（盖章）：", "{{" + path + ".name}}", "", "法定代表人或授权代表（签字）：", "", "日期：　　　年　　月　　日");
    }

    private static void annexes(DocxWriter w, String... names) {
        w.blank();
        w.plain("附件：" + names[0]);
        for (int i = 1; i < names.length; i++) {
            w.plain("　　　" + names[i]);
        }
    }

    private static void disputes(DocxWriter w, String n) {
        w.clause(n, "因本协议引起的或与本协议有关的争议，各方应友好协商解决；协商不成的，任何一方可向{{doc.place}}有管辖权的人民法院提起诉讼。");
    }

    private static void change(DocxWriter w, String n) {
        w.clause(n, "本协议的变更、补充应经各方协商一致并以书面形式作出。一方因不可抗力或法律、政策变化不能履行本协议的，应及时书面通知其他各方，"
                + "并在合理期限内提供证明；一方严重违约致使协议目的不能实现的，守约方可以书面通知解除本协议。协议解除或终止的，"
                + "各方应妥善处理在校学生、在岗人员和已投入资产等后续事宜。");
    }

    // ---- D3 校企合作协议 ------------------------------------------------------------------------

    static DocxWriter cooperation() {
        DocxWriter w = agreement("校企合作协议");
        party(w, "甲方（学校）", "school");
        party(w, "乙方（企业）", "enterprise");
        place(w);
        w.p(basis(false) + "为深化产教融合、校企合作，实现资源共享、优势互补、互利共赢，甲乙双方本着平等自愿、协商一致的原则，"
                + "就校企合作事宜达成如下协议：");
        w.clause("第一条", "**合作目标与任务。**双方围绕乙方所在的{{enterprise.industry | 缺省:相关}}行业人才需求，在专业建设、人才培养、"
                + "学生实习、教师实践、职工培训和技术服务等方面开展长期合作，培养符合乙方岗位要求的技术技能人才。");
        w.clause("第二条", "**合作内容与形式。**（一）共同制定人才培养方案、课程设置和实训标准；（二）乙方接收甲方学生开展认识实习、"
                + "岗位实习，具体以甲方、乙方与学生另行签订的实习协议为准；（三）甲方每年安排一定数量的专业课教师到乙方实践，"
                + "乙方每年安排高级专业技术人员或技术专家到甲方任课；（四）甲方为乙方职工提供培训服务；（五）双方可开展订单培养、"
                + "工学交替、共建实训基地、课程共同开发等其他合作，另行签订专项协议。");
        w.clause("第三条", "**甲方的权利和义务。**甲方负责学生的教育管理和安全教育，对学生进行维权教育；按专业对口或相近的原则安排学生，"
                + "不得安排学生从事与所学专业无关的实习；不得通过中介机构或者有偿代理组织、安排和管理学生实习；"
                + "不得以介绍工作、安排实习实训等名义向学生收取费用。");
        w.clause("第四条", "**乙方的权利和义务。**乙方提供符合安全生产条件的实习实训岗位和指导人员，保障学生和教师的休息休假、"
                + "劳动安全卫生和职业技能指导；乙方有权优先选拔录用甲方的优秀毕业生；乙方不得向学生收取押金、培训费等任何费用，"
                + "不得扣押学生的居民身份证等证件。");
        w.clause("第五条", "**保险。**学生实习期间，由甲方、乙方按有关规定投保实习责任保险，保险期限覆盖实习全过程，保险费不得向学生收取。");
        w.clause("第六条", "**履行期限。**本协议有效期三年，自生效之日起计算。期满前三个月内，双方可协商续签。");
        w.clause("第七条", "**保密与知识产权。**双方对合作中知悉的对方商业秘密和学生个人信息负有保密义务；合作中形成的知识产权归属另行约定。");
        w.clause("第八条", "**违约责任。**任何一方违反本协议约定，应承担相应的违约责任；给对方或学生造成损失的，依法承担赔偿责任。");
        change(w, "第九条");
        disputes(w, "第十条");
        effect(w, "第十一条", "双方各执{{doc.copiesEach | 缺省:一}}份");
        w.table(SIGN, List.of(row(org("甲方", "school"), org("乙方", "enterprise"))), false);
        annexes(w, "1.合作项目清单", "2.人才培养方案（双方共同制定）");
        return w;
    }

    // ---- D1 联合办学协议 ------------------------------------------------------------------------

    static DocxWriter jointSchooling() {
        DocxWriter w = agreement("联合办学协议");
        party(w, "甲方（学校）", "school");
        party(w, "乙方（企业）", "enterprise");
        place(w);
        w.p(basis(false) + "为实现招生与招工同步、实习与就业联体，甲乙双方本着平等自愿、互惠互利、协商一致的原则，在甲方招生前就联合办学事宜"
                + "达成如下协议：");
        w.clause("第一条", "**办学专业与班级。**双方联合举办{{orderTraining.specialty}}专业{{orderTraining.classType}}，"
                + "班级名称为“{{orderTraining.className}}”，计划招收学生{{orderTraining.plannedEnrolment}}人。"
                + "招生工作自{{orderTraining.recruitmentStart | 日期 | 缺省:甲方当年招生工作开始之日}}开始，"
                + "新生入学日期为{{orderTraining.admissionDate | 日期 | 缺省:甲方当年新生入学之日}}。");
        w.clause("第二条", "**培养目标。**面向乙方生产、服务一线岗位，培养具有良好职业道德、掌握专业知识和技能的技术技能人才。");
        w.clause("第三条", "**教学分工。**双方共同制定教学计划、课程设置和实训标准（见附件）。基础理论课和专业理论课由甲方负责；"
                + "生产实习、岗位实习在乙方完成，乙方指派技术人员担任指导教师。岗位实习安排须符合《职业学校学生实习管理规定》，"
                + "并由甲方、乙方与学生另行签订三方实习协议。");
        w.clause("第四条", "**录用与就业。**学生的录用与其综合测评成绩挂钩，综合测评成绩{{orderTraining.hiringThreshold | 缺省:达到双方约定标准}}"
                + "分以上且毕业合格的，由乙方按双方约定录用，依法签订劳动合同。综合测评结果记入学生个人档案。");
        w.clause("第五条", "**投入。**乙方为联合办学提供必要的实训设备、实训场地和兼职指导教师，并可设立奖学金；"
                + "具体投入清单由双方另行确认。");
        w.clause("第六条", "**费用禁止。**任何一方不得以介绍工作、安排实习实训等名义向学生收取费用（《中华人民共和国职业教育法》第四十二条）。");
        w.clause("第七条", "**保险。**学生在乙方实习期间，由甲方、乙方投保实习责任保险，保险费不向学生收取。");
        w.clause("第八条", "**协议期限。**本协议期限不少于三年，覆盖本班学生从入学至毕业的全过程。");
        w.clause("第九条", "**违约责任。**一方违约的，应承担违约责任；乙方无正当理由不录用符合条件的学生的，应协助甲方妥善安置学生就业。");
        change(w, "第十条");
        disputes(w, "第十一条");
        effect(w, "第十二条", "双方各执{{doc.copiesEach | 缺省:一}}份");
        w.table(SIGN, List.of(row(org("甲方", "school"), org("乙方", "enterprise"))), false);
        annexes(w, "1.教学计划", "2.课程设置", "3.实训标准", "4.乙方投入清单");
        return w;
    }

    // ---- D2 订单培养（委培）用工协议 ------------------------------------------------------------

    private static List<List<Cell>> studentRows(boolean post) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row(Cell.head("序号"), Cell.head("姓名"), Cell.head("性别"), Cell.head("出生日期"), Cell.head("身份证号码"),
                Cell.head("学号")));
        rows.add(row(Cell.of("{{#each students}}{{@序号}}").center().restart(), Cell.of("{{name}}").center(),
                Cell.of("{{gender}}").center(), Cell.of("{{birthDate | 日期}}").center(), Cell.of("{{idNumber}}").center(),
                Cell.of("{{studentNo | 缺省:／}}").center()));
        rows.add(row(Cell.cont(), Cell.of("专业班级：{{specialty | 缺省:／}}{{className | 缺省:}}").span(2),
                Cell.of(post ? "岗位：{{postName | 缺省:／}}" : "电话：{{phone | 缺省:／}}"),
                Cell.of("监护人：{{guardian.name | 缺省:／}}（{{guardian.relation | 缺省:／}}）{{guardian.phone | 缺省:}}{{/each}}").span(2)));
        return rows;
    }

    private static final int[] STUDENTS = {600, 1200, 700, 2000, 2500, 1844};

    private static List<List<Cell>> studentSignRows(String label) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row(Cell.head("序号"), Cell.head(label + "姓名"), Cell.head("学生签字"), Cell.head("监护人签字"), Cell.head("日期")));
        rows.add(row(Cell.of("{{#each students}}{{@序号}}").center(), Cell.of("{{name}}").center(), Cell.of(""), Cell.of(""),
                Cell.of("　　年　　月　　日{{/each}}").center()));
        return rows;
    }

    private static final int[] SIGN_STUDENTS = {700, 1700, 2100, 2100, 2244};

    static DocxWriter orderEmployment() {
        DocxWriter w = agreement("订单培养（委培）用工协议");
        party(w, "甲方（学校）", "school");
        party(w, "乙方（企业）", "enterprise");
        w.plain("**丙方（学生）及其法定监护人：**见下表（每名学生及其监护人分别签字）");
        w.table(STUDENTS, studentRows(false));
        w.blank();
        place(w);
        w.p(basis(false) + "甲方、乙方已签订联合办学（校企合作）协议，举办{{orderTraining.specialty}}专业{{orderTraining.classType}}"
                + "“{{orderTraining.className}}”。为明确各方权利义务，经各方协商一致，订立本协议。");
        w.clause("第一条", "**协议性质。**本协议是培养及就业意向协议，不是劳动合同。丙方在校期间的身份是甲方学生；毕业后被乙方录用的，"
                + "由乙方与丙方依法另行签订劳动合同。未满十六周岁的学生不得被招用。");
        w.clause("第二条", "**培养期限与内容。**丙方自入学之日起至毕业之日止在“{{orderTraining.className}}”学习。"
                + "甲方负责基础理论课和专业理论课教学，乙方负责生产实习和岗位实习的指导。");
        w.clause("第三条", "**综合测评与录用。**丙方的综合测评由甲方、乙方共同实施，测评内容包括思想品德、专业理论、操作技能和实习表现，"
                + "结果记入学生个人档案，作为发放毕业证书的重要依据之一。丙方毕业合格且综合测评成绩达到"
                + "{{orderTraining.hiringThreshold | 缺省:双方约定的}}分以上的，乙方应予录用。");
        w.clause("第四条", "**岗位与待遇意向。**乙方拟安排丙方从事与所学专业对口或相近的岗位，待遇不低于乙方同类岗位新入职员工标准，"
                + "具体以劳动合同约定为准。");
        w.clause("第五条", "**费用。**甲方、乙方不得以介绍工作、安排实习实训等名义向丙方收取任何费用，不得扣押丙方证件。");
        w.clause("第六条", "**退出。**丙方因个人原因不愿继续在本班学习或毕业后不愿到乙方就业的，可书面申请退出，"
                + "不承担违约金；乙方已为丙方提供的奖学金等按双方另行约定处理。");
        w.clause("第七条", "**监护人的义务。**丙方的法定监护人了解并同意本协议内容，配合甲方、乙方做好丙方的教育管理。");
        change(w, "第八条");
        disputes(w, "第九条");
        effect(w, "第十条", "甲方、乙方各执一份，丙方每名学生执一份，其余由甲方存档");
        w.table(SIGN, List.of(row(org("甲方", "school"), org("乙方", "enterprise"))), false);
        w.blank();
        w.plain("**丙方（学生）及法定监护人签字：**");
        w.table(SIGN_STUDENTS, studentSignRows("学生"));
        annexes(w, "1.综合测评办法", "2.联合办学协议（复印件）");
        return w;
    }

    // ---- D5 学生岗位实习三方协议 ----------------------------------------------------------------

    static DocxWriter tripartite() {
        DocxWriter w = agreement("学生岗位实习三方协议");
        party(w, "甲方（学校）", "school");
        party(w, "乙方（实习单位）", "enterprise");
        w.plain("**丙方（实习学生）：**见下表（每名学生及其法定监护人分别签字）");
        w.table(STUDENTS, studentRows(true));
        w.blank();
        place(w);
        w.p(basis(true) + "为规范学生岗位实习，保障实习学生的合法权益，甲方、乙方、丙方以有关部门发布的实习协议示范文本为基础，"
                + "经协商一致，签订本协议。");
        w.clause("第一条", "**实习时间与地点。**实习期限自{{placement.startDate | 日期}}至{{placement.endDate | 日期}}，"
                + "实习地点为{{placement.location}}。岗位实习时间一般为6个月，超过6个月的理由：{{placement.durationJustification | 缺省:无}}。");
        w.clause("第二条", "**实习岗位与内容。**乙方按上表安排丙方实习岗位，岗位与丙方所学专业对口或相近，实习内容应涵盖专业对应的典型工作任务，"
                + "不得仅安排简单重复劳动；不得安排丙方从事高空、井下、放射性、有毒、易燃易爆以及其他具有较高安全风险的实习。");
        w.clause("第三条", "**工作时间与休息。**乙方执行国家工作时间和休息休假规定，丙方每日实习时间不超过8小时、每周不超过40小时，"
                + "不得安排丙方在法定节假日实习，不得安排丙方加班和上夜班。当班时间为{{placement.shiftStart | 缺省:／}}至"
                + "{{placement.shiftEnd | 缺省:／}}。");
        w.clause("第四条", "**实习报酬。**乙方按月向丙方支付实习报酬每人每月{{placement.pay.monthlyAmount | 金额}}元"
                + "（大写：{{placement.pay.monthlyAmount | 大写}}），以货币形式及时、足额、直接支付给丙方本人，支付周期不超过1个月，"
                + "不得以物品或代金券等代替，不得通过第三方转发。");
        w.clause("第五条", "**食宿与请假。**乙方为丙方提供必要的食宿条件或协助安排；丙方请假须按甲方、乙方的管理制度办理。");
        w.clause("第六条", "**劳动保护与安全。**乙方对丙方进行岗前安全生产、职业卫生教育和培训，提供符合国家标准的劳动保护用品，"
                + "落实职业病防护措施；甲方对丙方进行安全和纪律教育。");
        w.clause("第七条", "**保险与事故处理。**甲方、乙方为丙方投保实习责任保险，保险期限覆盖实习全过程，保险费不得向丙方收取。"
                + "丙方在实习期间受到人身伤害的，由保险公司按保险合同赔付；超出保险赔付范围的部分，由甲方、乙方根据过错依法承担责任。");
        w.clause("第八条", "**考核。**甲方、乙方共同制定考核标准，对丙方的实习表现进行考核，考核结果记入丙方的学业成绩和学籍档案。");
        w.clause("第九条", "**禁止事项。**甲方、乙方不得向丙方收取实习押金、培训费、管理费等任何费用，不得扣押丙方居民身份证等证件，"
                + "不得要求丙方提供担保；不得通过中介机构或有偿代理安排实习。");
        w.clause("第十条", "**丙方的义务。**丙方遵守法律法规和甲方、乙方的规章制度，服从实习指导，保守乙方商业秘密，按时完成实习任务。");
        w.clause("第十一条", "**违约责任。**任何一方违反本协议，应承担相应责任；给他方造成损失的，依法承担赔偿责任。");
        change(w, "第十二条");
        disputes(w, "第十三条");
        effect(w, "第十四条", "甲方、乙方各执一份，丙方每名学生执一份，其余由甲方存档");
        w.table(SIGN, List.of(row(org("甲方", "school"), org("乙方", "enterprise"))), false);
        w.blank();
        w.plain("**丙方（实习学生）及法定监护人签字：**");
        w.table(SIGN_STUDENTS, studentSignRows("学生"));
        annexes(w, "1.实习计划", "2.实习岗位清单", "3.岗位实习知情同意书", "4.实习责任保险单（复印件）");
        return w;
    }

    // ---- D6 岗位实习知情同意书 ------------------------------------------------------------------

    static DocxWriter consent() {
        DocxWriter w = new DocxWriter(Layout.AGREEMENT, "岗位实习知情同意书").header("编号：{{doc.number}}");
        w.tag("{{#each students}}");
        w.title("岗位实习知情同意书");
        w.table(new int[] {1800, 2622, 1800, 2622}, List.of(
                row(Cell.head("学生姓名"), Cell.of("{{name}}"), Cell.head("身份证号码"), Cell.of("{{idNumber}}")),
                row(Cell.head("学校"), Cell.of("{{$.school.name}}").span(3)),
                row(Cell.head("专业"), Cell.of("{{specialty | 缺省:／}}"), Cell.head("班级"), Cell.of("{{className | 缺省:／}}")),
                row(Cell.head("实习单位"), Cell.of("{{$.enterprise.name}}").span(3)),
                row(Cell.head("实习岗位"), Cell.of("{{postName | 缺省:／}}"), Cell.head("实习地点"), Cell.of("{{$.placement.location}}")),
                row(Cell.head("实习期限"), Cell.of("{{$.placement.startDate | 日期}}至{{$.placement.endDate | 日期}}").span(3)),
                row(Cell.head("是否跨省"), Cell.of("{{$.placement.crossProvince | 勾选}}是　（跨省实习须经学校主管部门批准）").span(3))));
        w.blank();
        w.p("本人及法定监护人已阅读学校的岗位实习方案和《学生岗位实习三方协议》，了解实习单位、实习岗位、实习期限、实习地点、"
                + "工作时间、实习报酬、安全防护、实习责任保险等情况，知悉：学生实习期间不得安排加班和夜班，不得在法定节假日实习；"
                + "学校和实习单位不得收取任何费用、不得扣押证件；学生和监护人有权不接受学校安排，自行选择符合条件的实习单位。");
        w.p("本人及法定监护人同意按上述安排参加岗位实习，并承诺遵守实习纪律和安全规定。");
        w.blank();
        w.plain("学生签字：＿＿＿＿＿＿＿＿　　　法定监护人（{{guardian.relation | 缺省:家长}}）签字：＿＿＿＿＿＿＿＿");
        w.plain("监护人姓名：{{guardian.name | 缺省:＿＿＿＿}}　　监护人电话：{{guardian.phone | 缺省:＿＿＿＿}}");
        w.rightIndent("日期：　　　年　　月　　日", 2);
        w.pageBreak();
        w.tag("{{/each}}");
        return w;
    }

    // ---- D10 职工培训协议 -----------------------------------------------------------------------

    static DocxWriter staffTraining() {
        DocxWriter w = agreement("职工培训协议");
        party(w, "甲方（企业）", "enterprise");
        party(w, "乙方（学校）", "school");
        place(w);
        w.p(basis(false) + "为提高甲方职工的职业技能和学历层次，甲乙双方经协商一致，就职工培训事宜达成如下协议：");
        w.clause("第一条", "**培训类别。**本次培训为{{training.form}}，培训专业为{{training.specialty}}。");
        w.clause("第二条", "**培训目标。**培训专业和培训目标由甲方确定：{{training.goal}}。");
        w.clause("第三条", "**培训计划与内容。**培训计划和内容由甲方与乙方共同商定，作为本协议附件。");
        w.clause("第四条", "**师资与教材。**培训师资由乙方安排或甲方委派；培训教材由乙方提供。");
        w.clause("第五条", "**培训时间。**自{{training.startDate | 日期}}至{{training.endDate | 日期}}。");
        w.clause("第六条", "**费用及结算。**培训费每人{{training.feePerTrainee | 金额}}元（大写：{{training.feePerTrainee | 大写}}），"
                + "由甲方按实际参训人数在培训结束后三十日内一次性支付给乙方，不得向职工个人收取。");
        w.clause("第七条", "**考核与证书。**乙方组织培训考核，考核合格的颁发培训合格证书或相应学历证书；从事特定职业的，"
                + "须经培训取得相应的职业资格或特种作业资格（《中华人民共和国职业教育法》第二十四条）。");
        w.clause("第八条", "**安全。**培训期间双方各自负责其场地内的安全管理；甲方依法保障参训职工的工资待遇。");
        w.clause("第九条", "**参训人员。**甲方选派以下职工参加培训：");
        w.table(new int[] {800, 1600, 2600, 1800, 2044}, List.of(
                row(Cell.head("序号"), Cell.head("姓名"), Cell.head("身份证号码"), Cell.head("岗位"), Cell.head("出生日期")),
                row(Cell.of("{{#each training.trainees}}{{@序号}}").center(), Cell.of("{{name}}").center(),
                        Cell.of("{{idNumber}}").center(), Cell.of("{{post | 缺省:／}}").center(),
                        Cell.of("{{birthDate | 日期 | 缺省:／}}{{/each}}").center())));
        w.clause("第十条", "**违约责任。**一方违约给对方造成损失的，应予赔偿。");
        disputes(w, "第十一条");
        effect(w, "第十二条", "双方各执{{doc.copiesEach | 缺省:一}}份");
        w.table(SIGN, List.of(row(org("甲方", "enterprise"), org("乙方", "school"))), false);
        annexes(w, "1.培训计划和内容", "2.参训人员名单（以本协议第九条为准）");
        return w;
    }

    // ---- D9 课程共同开发协议 --------------------------------------------------------------------

    static DocxWriter courseDevelopment() {
        DocxWriter w = agreement("课程共同开发协议");
        party(w, "甲方（学校）", "school");
        party(w, "乙方（企业）", "enterprise");
        place(w);
        w.p(basis(false) + "甲乙双方基于长期合作意向，在专业设置、课程开发等方面以满足企业需求为前提达成一致，"
                + "就课程共同开发事宜签订本协议：");
        w.clause("第一条", "**培养目标。**双方共同确定人才培养目标，作为课程开发的依据。");
        w.clause("第二条", "**开发课程。**双方共同开发以下课程：{{#each courseDevelopment.courses}}《{{this}}》{{/each}}。");
        w.clause("第三条", "**开发成果。**包括课程标准{{courseDevelopment.courseStandards | 勾选}}、校本教材{{courseDevelopment.schoolTextbooks | 勾选}}"
                + "及配套教学资源。");
        w.clause("第四条", "**分工。**甲方负责教学设计、教材编写和教学实施；乙方提供岗位标准、生产案例和技术专家，参与课程标准制定和教材审定。");
        w.clause("第五条", "**署名与知识产权。**开发成果由双方共同署名；知识产权归属：{{courseDevelopment.ipOwnership}}。"
                + "任何一方对外转让或许可他人使用开发成果，应事先取得另一方书面同意。");
        w.clause("第六条", "**期限。**本协议有效期三年，自生效之日起计算。");
        w.clause("第七条", "**违约责任。**一方违约给对方造成损失的，应予赔偿。");
        change(w, "第八条");
        disputes(w, "第九条");
        effect(w, "第十条", "双方各执{{doc.copiesEach | 缺省:一}}份");
        w.table(SIGN, List.of(row(org("甲方", "school"), org("乙方", "enterprise"))), false);
        annexes(w, "1.课程开发计划及进度安排", "2.课程标准（开发完成后补充）");
        return w;
    }

    // ---- D18 共建实训基地协议 -------------------------------------------------------------------

    static DocxWriter trainingBase() {
        DocxWriter w = agreement("共建实训基地协议");
        party(w, "甲方（学校）", "school");
        party(w, "乙方（企业）", "enterprise");
        place(w);
        w.p(basis(false) + "甲乙双方本着优势互补、互惠互利的原则，就共建实训基地事宜达成如下协议：");
        w.clause("第一条", "**基地名称与地点。**基地名称为“{{trainingBase.baseName}}”，设在{{#if trainingBase.onCampus}}甲方校内"
                + "{{else}}甲方校外（乙方场地）{{/if}}。");
        w.clause("第二条", "**各方投入。**{{trainingBase.contributions}}。投入设备、场地应列入附件清单。");
        w.clause("第三条", "**资产归属。**{{trainingBase.assetOwnership}}。");
        w.clause("第四条", "**管理责任。**基地实行双方共管，日常管理由基地所在方负责，另一方派员参与；基地运行须符合安全生产要求。");
        w.clause("第五条", "**实训安排。**甲方按教学计划安排学生实训，乙方提供技术指导人员；学生在基地参加岗位实习的，"
                + "须另行签订三方实习协议。");
        w.clause("第六条", "**安全。**双方共同制定基地安全管理制度和应急预案，对进入基地的学生进行安全教育。");
        w.clause("第七条", "**优先录用。**乙方可在基地优先选拔优秀毕业生。");
        w.clause("第八条", "**挂牌。**双方共同为基地挂牌，牌匾式样由双方商定。");
        w.clause("第九条", "**期限。**本协议有效期{{trainingBase.termYears}}年，自生效之日起计算。");
        change(w, "第十条");
        disputes(w, "第十一条");
        effect(w, "第十二条", "双方各执{{doc.copiesEach | 缺省:一}}份");
        w.table(SIGN, List.of(row(org("甲方", "school"), org("乙方", "enterprise"))), false);
        annexes(w, "1.投入设备、场地清单", "2.基地管理制度", "3.实训计划");
        return w;
    }

    // ---- D12 教师企业实践登记表 -----------------------------------------------------------------

    static DocxWriter teacherPractice() {
        DocxWriter w = new DocxWriter(Layout.FORM, "教师企业实践登记表").header("{{school.name | 缺省:}}　编号：{{doc.number}}");
        w.title("教师企业实践登记表");
        int[] c = {1700, 2722, 1700, 2722};
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row(Cell.head("姓名"), Cell.of("{{teacherPractice.teacher.name}}"), Cell.head("所在系部"),
                Cell.of("{{teacherPractice.teacher.department | 缺省:／}}")));
        rows.add(row(Cell.head("专业"), Cell.of("{{teacherPractice.teacher.specialty | 缺省:／}}"), Cell.head("职称"),
                Cell.of("{{teacherPractice.teacher.title | 缺省:／}}")));
        rows.add(row(Cell.head("教师类别"), Cell.of("{{teacherPractice.teacher.category | 缺省:／}}"), Cell.head("考核年度"),
                Cell.of("{{teacherPractice.assessmentYear | 缺省:／}}")));
        rows.add(row(Cell.of("{{#each teacherPractice.records}}实践企业").strong().center(), Cell.of("{{enterprise}}"),
                Cell.head("实践岗位"), Cell.of("{{post | 缺省:／}}")));
        rows.add(row(Cell.head("实践期限"), Cell.of("{{startDate | 日期}}至{{endDate | 日期}}　"
                + "{{#if inVacation}}利用假期{{else}}非假期（须经学校批准：{{schoolApproved | 勾选}}已批准）{{/if}}").span(3)));
        rows.add(row(Cell.head("实践内容"), Cell.of("{{content}}", "").span(3)));
        rows.add(row(Cell.head("企业指导人员"), Cell.of("{{mentor | 缺省:／}}").span(3)));
        rows.add(row(Cell.head("实践企业评价"), Cell.of("{{enterpriseEvaluation | 勾选:优秀}}优秀　{{enterpriseEvaluation | 勾选:良好}}良好　"
                + "{{enterpriseEvaluation | 勾选:合格}}合格　{{enterpriseEvaluation | 勾选:不合格}}不合格", "评价意见：", "",
                "指导人员（签字）：　　　　　　企业（盖章）", "　　　　　　　　　　　　年　　月　　日").span(3)));
        rows.add(row(Cell.head("学校意见"), Cell.of("{{schoolOpinion | 缺省:　}}", "",
                "负责人（签字）：　　　　　　　学校（盖章）", "　　　　　　　　　　　　年　　月　　日{{/each}}").span(3)));
        rows.add(row(Cell.head("备注"), Cell.of("实践结果纳入教师考核、培养和提高；专业课教师每5年累计企业实践不少于6个月。").span(3)));
        w.table(c, rows);
        return w;
    }

    // ---- D14 / D15 charters ------------------------------------------------------------------

    private static void roster(DocxWriter w) {
        w.blank();
        w.chapter("附：委员名单");
        w.table(new int[] {700, 1400, 1400, 1300, 1800, 2244}, List.of(
                row(Cell.head("序号"), Cell.head("姓名"), Cell.head("职务"), Cell.head("方别"), Cell.head("类别"), Cell.head("工作单位及职务")),
                row(Cell.of("{{#each committee.members}}{{@序号}}").center(), Cell.of("{{name}}").center(),
                        Cell.of("{{role}}").center(), Cell.of("{{side}}").center(), Cell.of("{{category | 缺省:／}}").center(),
                        Cell.of("{{organisation | 缺省:／}}{{position | 缺省:}}{{/each}}"))));
    }

    private static void charterCommon(DocxWriter w, String composition) {
        w.chapter("第二章　组织机构");
        w.clause("第四条", composition);
        w.clause("第五条", "委员会设主任一名、副主任若干名、秘书一名。主任主持委员会工作，副主任协助主任工作，秘书负责会议组织和纪要。");
        w.clause("第六条", "委员由{{school.name | 缺省:本校}}聘任并颁发聘书，每届任期{{committee.termYears}}年，可以连聘连任。"
                + "委员因工作变动等原因不能履职的，由学校解聘并增补。");
        w.clause("第七条", "{{#if committee.officeLocation}}委员会办事机构设在{{committee.officeLocation}}，负责日常工作。"
                + "{{else}}委员会的日常工作由学校指定的部门负责。{{/if}}");
    }

    private static void charterTail(DocxWriter w, int first) {
        String[] n = {"第十条", "第十一条", "第十二条", "第十三条", "第十四条", "第十五条", "第十六条", "第十七条", "第十八条", "第十九条"};
        w.chapter("第四章　委员的权利与义务");
        w.clause(n[0], "委员有权了解学校的教育教学情况，对委员会的工作提出意见和建议，参加委员会的会议和活动。");
        w.clause(n[1], "委员应按时参加会议，认真履行职责，保守会议中知悉的学校和企业的秘密。");
        w.chapter("第五章　工作制度");
        w.clause(n[2], "委员会{{#if committee.meetingsPerYear}}每年召开{{committee.meetingsPerYear}}次全体会议{{else}}根据工作需要召开全体会议，每年不少于一次{{/if}}，"
                + "由主任召集；必要时可召开临时会议。");
        w.clause(n[3], "全体会议须有三分之二以上委员出席方可召开；议定事项经出席委员过半数同意方可通过。");
        w.clause(n[4], "每次会议形成会议纪要，由秘书整理，经主任签发后存档，并报学校。");
        w.clause(n[5], "审议事项与委员本人或其所在单位有利害关系的，该委员应当回避。");
        w.chapter("第六章　经费");
        w.clause(n[6], "委员会的工作经费由{{school.name | 缺省:本校}}列入年度预算；委员参加会议不另支付报酬。");
        w.chapter("第七章　附则");
        w.clause(n[7], "本章程由{{committee.name}}负责解释。");
        w.clause(n[8], "本章程自{{doc.date | 日期}}委员会全体会议通过之日起施行。");
    }

    static DocxWriter teachingAdvisoryCharter() {
        DocxWriter w = new DocxWriter(Layout.CHARTER, "教学咨询委员会章程");
        w.title("{{committee.name}}章程");
        w.subtitle("（{{doc.date | 日期}}第一次全体会议通过）");
        w.chapter("第一章　总　则");
        w.clause("第一条", "为深化产教融合、校企合作，提高人才培养质量，根据《中华人民共和国职业教育法》第三十五条等规定，"
                + "结合{{school.name | 缺省:本校}}实际，制定本章程。");
        w.clause("第二条", "{{committee.name}}（以下简称委员会）是{{school.name | 缺省:本校}}设立的教学咨询机构，"
                + "为学校的人才培养和教学工作提供咨询意见。");
        w.clause("第三条", "委员会坚持校企互利、共同发展的原则开展工作。");
        charterCommon(w, "委员会由企业方委员和学校方委员组成。企业方委员为合作企业的技术专家或人力资源管理专家；"
                + "学校方委员为有关校领导、部门负责人或专业课教师。");
        w.chapter("第三章　职　责");
        w.clause("第八条", "委员会对下列事项提供咨询意见：（一）人才培养目标；（二）专业设置；（三）教学计划；（四）教学改革；"
                + "（五）实训基地建设；（六）毕业生就业安置。");
        w.clause("第九条", "委员会可组织委员到合作企业和学校调研，听取学生、教师和企业的意见。");
        charterTail(w, 10);
        roster(w);
        return w;
    }

    static DocxWriter specialtyGuidanceCharter() {
        DocxWriter w = new DocxWriter(Layout.CHARTER, "专业教学指导委员会章程");
        w.title("{{committee.name}}章程");
        w.subtitle("（{{doc.date | 日期}}第一次全体会议通过）");
        w.chapter("第一章　总　则");
        w.clause("第一条", "为使{{committee.specialty}}专业的人才培养符合行业、企业的用人要求，根据《中华人民共和国职业教育法》"
                + "第三十五条等规定，结合{{school.name | 缺省:本校}}实际，制定本章程。");
        w.clause("第二条", "{{committee.name}}（以下简称委员会）是{{school.name | 缺省:本校}}为{{committee.specialty}}专业设立的专业教学指导机构。");
        w.clause("第三条", "委员会坚持服务企业、校企互利的原则，指导专业建设和教学工作。");
        charterCommon(w, "委员会由学校聘请的行业专家、企业领导和学校教师组成。");
        w.chapter("第三章　职　责");
        w.clause("第八条", "委员会的主要职责是：（一）明确专业人才培养目标；（二）确定专业教学计划方案；（三）提供市场人才需求信息；"
                + "（四）参与教学计划的制定和调整；（五）按企业、行业用工要求及时调整专业计划和实训计划；（六）协助建立和管理校内外实训基地。");
        w.clause("第九条", "委员会每年对本专业的人才培养方案进行一次评估，提出修订建议。");
        charterTail(w, 10);
        roster(w);
        return w;
    }

    // ---- D16 关于成立校企合作指导委员会的通知 (GB/T 9704) ------------------------------------

    static DocxWriter steeringNotice() {
        DocxWriter w = new DocxWriter(Layout.GBT9704, "关于成立校企合作指导委员会的通知");
        w.issuerMark("{{doc.issuer}}文件");
        w.blank();
        w.ruled("{{doc.number}}", "FF0000", 12, "center", DocxWriter.FANG, 32);
        w.blank();
        w.title("关于成立{{committee.name}}的通知");
        w.blank();
        w.plain("{{doc.recipients}}：");
        w.p("为推进产教融合、校企合作，加快构建与园区产业群相对应的职业教育专业群，经研究，决定成立{{committee.name}}。"
                + "现将有关事项通知如下：");
        w.heading("一、组成人员");
        w.tag("{{#each committee.members}}");
        w.p("{{role}}：{{name}}　{{organisation | 缺省:}}{{position | 缺省:}}");
        w.tag("{{/each}}");
        w.heading("二、主要职责");
        w.p("统筹协调全县校企合作工作，研究解决校企合作中的重大问题；指导职业学校面向园区设置和调整专业；"
                + "推动订单培养、工学交替、岗位实习、课程共同开发等合作模式的落实。");
        w.heading("三、办事机构");
        w.p("委员会下设办公室，办公室设在{{committee.officeLocation}}，负责日常工作。"
                + "委员会成员因工作变动需要调整的，由所在单位提出意见，报委员会办公室按程序调整，不再另行发文。");
        w.blank();
        w.blank();
        w.rightIndent("{{doc.issuer}}", 4);
        w.rightIndent("{{doc.date | 日期}}", 4);
        w.p("（此件公开发布）");
        w.blank();
        w.raw("<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"000000\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
                + "<w:tabs><w:tab w:val=\"right\" w:pos=\"8560\"/></w:tabs><w:ind w:left=\"280\" w:right=\"280\"/></w:pPr>"
                + DocxWriter.run(DocxWriter.FANG + DocxWriter.sz(28), "{{doc.issuer}}办公室")
                + "<w:r><w:tab/></w:r>" + DocxWriter.run(DocxWriter.FANG + DocxWriter.sz(28), "{{doc.date | 日期}}印发") + "</w:p>");
        return w;
    }

    // ---- D19 联合体组建协议 ---------------------------------------------------------------------

    static DocxWriter consortium() {
        DocxWriter w = agreement("校企政科技研发联合体组建协议");
        w.plain("**甲方（高校院所）：**{{#each consortium.universities}}{{this}}　{{/each}}");
        w.blank();
        party(w, "乙方（企业）", "enterprise");
        w.plain("**丙方（政府）：**{{doc.issuer}}");
        w.blank();
        place(w);
        w.p("根据《中华人民共和国民法典》《中华人民共和国科学技术进步法》等法律法规，按照“政府引导、企业主体、校企合作、共建共赢”的原则，"
                + "各方就组建“{{consortium.name}}”达成如下协议：");
        w.clause("第一条", "**研发方向。**联合体面向{{consortium.industry}}产业，集中攻克产业发展核心关键技术，"
                + "可建设研发中心、技术中心、重点实验室、新型研发机构及小型中试基地。");
        w.clause("第二条", "**联合投入（1:2:7）。**各方按高校院所、政府、企业1:2:7的比例联合投入研发经费：");
        w.table(new int[] {2200, 1400, 2200, 3044}, List.of(
                row(Cell.head("投入方"), Cell.head("比例"), Cell.head("金额（元）"), Cell.head("大写")),
                row(Cell.of("高校院所").center(), Cell.of("10%").center(), Cell.of("{{consortium.committed.university | 金额}}").center(),
                        Cell.of("{{consortium.committed.university | 大写}}")),
                row(Cell.of("政府").center(), Cell.of("20%").center(), Cell.of("{{consortium.committed.government | 金额}}").center(),
                        Cell.of("{{consortium.committed.government | 大写}}")),
                row(Cell.of("企业").center(), Cell.of("70%").center(), Cell.of("{{consortium.committed.enterprise | 金额}}").center(),
                        Cell.of("{{consortium.committed.enterprise | 大写}}"))));
        w.clause("第三条", "**企业的义务。**乙方为派驻的高校院所人员提供研发经费、工作场所、科研设备和生活便利。");
        w.clause("第四条", "**审计。**联合体研发经费每年由各方共同聘请的第三方审计单位进行年度审计。");
        w.clause("第五条", "**返还。**经审计，企业将研发经费用于非科技研发支出的，该部分费用一律返还政府投入资金，具体金额按"
                + "{{doc.issuer}}书面通知执行。");
        w.clause("第六条", "**批准。**联合体须经{{doc.issuer}}批准建设后方可享受政府投入；批准前本协议关于政府投入的约定不生效。");
        change(w, "第七条");
        disputes(w, "第八条");
        effect(w, "第九条", "各方各执{{doc.copiesEach | 缺省:一}}份");
        w.table(SIGN, List.of(row(Cell.of("甲方（盖章）：", "{{#each consortium.universities}}{{this}}　{{/each}}", "",
                "法定代表人或授权代表（签字）：", "", "日期：　　　年　　月　　日"), org("乙方", "enterprise")),
                row(Cell.of("丙方（盖章）：", "{{doc.issuer}}", "", "负责人（签字）：", "", "日期：　　　年　　月　　日"), Cell.of(""))), false);
        annexes(w, "1.研发项目及预算", "2.场地、设备、人员清单");
        return w;
    }

    // ---- D21 政府投入资金返还通知书 -------------------------------------------------------------

    static DocxWriter refundNotice() {
        DocxWriter w = new DocxWriter(Layout.AGREEMENT, "政府投入资金返还通知书").header("{{doc.number}}");
        w.right("{{doc.number}}");
        w.title("政府投入资金返还通知书");
        w.plain("{{enterprise.name}}：");
        w.p("根据联合体组建方案关于“企业非科技研发支出的费用，一律返还政府投入资金”的规定和第三方年度审计结果，"
                + "“{{consortium.name}}”研发经费使用情况如下：");
        w.table(new int[] {1100, 2200, 1800, 1900, 1844}, List.of(
                row(Cell.head("审计年度"), Cell.head("审计单位"), Cell.head("审计报告编号"), Cell.head("非科技研发支出（元）"),
                        Cell.head("政府实际投入（元）")),
                row(Cell.of("{{#each consortium.audits}}{{year}}").center(), Cell.of("{{auditor | 缺省:／}}").center(),
                        Cell.of("{{reportNumber | 缺省:／}}").center(), Cell.of("{{nonRndSpending | 金额}}").center(),
                        Cell.of("{{paid.government | 金额}}{{/each}}").center())));
        w.blank();
        w.p("经核定，你单位应返还政府投入资金人民币**{{decision.values.refundDue | 金额}}元**（大写：{{decision.values.refundDue | 大写}}）。"
                + "请于{{doc.dueDate | 日期}}前将上述款项缴入以下账户：{{doc.account}}。逾期未返还的，依法追缴，并取消联合体后续政府投入资格。");
        w.p("如对核定结果有异议，可在收到本通知书之日起十五日内向{{doc.issuer}}书面提出复核申请。");
        w.blank();
        w.rightIndent("{{doc.issuer}}（盖章）", 4);
        w.rightIndent("{{doc.date | 日期}}", 4);
        w.blank();
        w.plain("签收人：＿＿＿＿＿＿　　签收日期：　　　年　　月　　日");
        return w;
    }
}
