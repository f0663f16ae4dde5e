package org.hezuo.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.model.Agreement;
import org.hezuo.api.model.Alternation;
import org.hezuo.api.model.CaseType;
import org.hezuo.api.model.Committee;
import org.hezuo.api.model.Consortium;
import org.hezuo.api.model.CourseDevelopment;
import org.hezuo.api.model.Enterprise;
import org.hezuo.api.model.OrderTraining;
import org.hezuo.api.model.Placement;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.api.model.School;
import org.hezuo.api.model.Student;
import org.hezuo.api.model.TeacherPractice;
import org.hezuo.api.model.Training;
import org.hezuo.api.model.TrainingBase;
import org.hezuo.api.model.WorkStudy;

/**
 * The data root of the templates in {@code templates/}: the case's properties at the root
 * ({@code {{school.name}}}, {@code {{students}}}, {@code {{placement.startDate}}}), plus
 * {@code doc} (number, place, date, copies: {@link DocumentInfo}) and {@code decision} (the rule
 * engine's {@link Decision}, for the footer reference {@code 规则版本 {{decision.ruleVersion}}}).
 * Compile templates against {@link #SCHEMA} so that a misspelt field fails when the template is loaded.
 * Every getter of {@link PolicyCase} has a delegate here (checked by a test).
 */
public final class TemplateData {
    /** The field schema of this root. */
    public static final FieldSchema SCHEMA = FieldSchema.of(TemplateData.class);

    private final PolicyCase policyCase;
    private final DocumentInfo doc;
    private final Decision decision;

    /**
     * The data of one document.
     *
     * @param policyCase the case, not null
     * @param doc the document's number, place, date and copies, not null
     * @param decision the decision the document rests on; may be null for templates that do not use it
     */
    public TemplateData(PolicyCase policyCase, DocumentInfo doc, Decision decision) {
        this.policyCase = Objects.requireNonNull(policyCase, "policyCase");
        this.doc = Objects.requireNonNull(doc, "doc");
        this.decision = decision;
    }

    /** @return the document block ({@code doc}) */
    public DocumentInfo getDoc() {
        return doc;
    }

    /** @return the decision ({@code decision}), possibly null */
    public Decision getDecision() {
        return decision;
    }

    /** @return the wrapped case (not visible to templates: no getter name) */
    public PolicyCase policyCase() {
        return policyCase;
    }

    /** @return the case's caseId (案件编号) */
    public String getCaseId() {
        return policyCase.getCaseId();
    }

    /** @return the case's caseType (案件类型) */
    public CaseType getCaseType() {
        return policyCase.getCaseType();
    }

    /** @return the case's asOf (评估基准日) */
    public LocalDate getAsOf() {
        return policyCase.getAsOf();
    }

    /** @return the case's title (案件标题) */
    public String getTitle() {
        return policyCase.getTitle();
    }

    /** @return the case's school (学校) */
    public School getSchool() {
        return policyCase.getSchool();
    }

    /** @return the case's enterprise (企业) */
    public Enterprise getEnterprise() {
        return policyCase.getEnterprise();
    }

    /** @return the case's agreements (协议) */
    public List<Agreement> getAgreements() {
        return policyCase.getAgreements();
    }

    /** @return the case's students (学生) */
    public List<Student> getStudents() {
        return policyCase.getStudents();
    }

    /** @return the case's placement (实习安排) */
    public Placement getPlacement() {
        return policyCase.getPlacement();
    }

    /** @return the case's orderTraining (订单培养) */
    public OrderTraining getOrderTraining() {
        return policyCase.getOrderTraining();
    }

    /** @return the case's alternation (工学交替) */
    public Alternation getAlternation() {
        return policyCase.getAlternation();
    }

    /** @return the case's workStudy (勤工俭学) */
    public WorkStudy getWorkStudy() {
        return policyCase.getWorkStudy();
    }

    /** @return the case's courseDevelopment (课程共同开发) */
    public CourseDevelopment getCourseDevelopment() {
        return policyCase.getCourseDevelopment();
    }

    /** @return the case's training (职工培训) */
    public Training getTraining() {
        return policyCase.getTraining();
    }

    /** @return the case's trainingBase (共建实训基地) */
    public TrainingBase getTrainingBase() {
        return policyCase.getTrainingBase();
    }

    /** @return the case's consortium (联合体) */
    public Consortium getConsortium() {
        return policyCase.getConsortium();
    }

    /** @return the case's teacherPractice (教师企业实践) */
    public TeacherPractice getTeacherPractice() {
        return policyCase.getTeacherPractice();
    }

    /** @return the case's committee (委员会) */
    public Committee getCommittee() {
        return policyCase.getCommittee();
    }
}
