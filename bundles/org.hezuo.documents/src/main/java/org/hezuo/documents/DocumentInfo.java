package org.hezuo.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hezuo.api.constraints.Label;
import org.hezuo.api.decision.FieldError;
import org.hezuo.documents.internal.Properties;

/**
 * What a generated document needs besides the case: its number, where and when it is signed, how many
 * copies. Templates read it as {@code doc}: {@code {{doc.number}}}, {@code {{doc.place}}},
 * {@code {{doc.date | 日期}}}, {@code {{doc.copies}}}. The notices also use the issuer, recipients,
 * a deadline and a bank account. A JavaBean so batch rows and JSON can fill it. The {@link Label}s
 * name the fields in forms ({@link DocumentService#documentFields}); declaration order is form order.
 */
public class DocumentInfo {
    @Label("文书编号")
    private String number;
    @Label("签订地点")
    private String place;
    @Label("签订 / 成文日期")
    private LocalDate date;
    @Label("份数（一式几份）")
    private Integer copies;
    @Label("每方各执份数")
    private Integer copiesEach;
    @Label("发文机关 / 政府方")
    private String issuer;
    @Label("主送机关")
    private String recipients;
    @Label("期限")
    private LocalDate dueDate;
    @Label("收款账户")
    private String account;

    /** An empty document block. */
    public DocumentInfo() {
    }

    /**
     * A document block with the usual fields.
     *
     * @param number 协议编号 or 发文字号
     * @param place 签订地点
     * @param date 签订日期 or 成文日期
     * @param copies 份数 in total
     */
    public DocumentInfo(String number, String place, LocalDate date, Integer copies) {
        this.number = number;
        this.place = place;
        this.date = date;
        this.copies = copies;
    }

    /** @return 协议编号 / 发文字号, e.g. 黔中职合〔2026〕3号 */
    public String getNumber() {
        return number;
    }

    /** @param number 协议编号 / 发文字号 */
    public void setNumber(String number) {
        this.number = number;
    }

    /** @return 签订地点 */
    public String getPlace() {
        return place;
    }

    /** @param place 签订地点 */
    public void setPlace(String place) {
        this.place = place;
    }

    /** @return 签订日期 / 成文日期 */
    public LocalDate getDate() {
        return date;
    }

    /** @param date 签订日期 / 成文日期 */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** @return 份数 (一式几份) */
    public Integer getCopies() {
        return copies;
    }

    /** @param copies 份数 */
    public void setCopies(Integer copies) {
        this.copies = copies;
    }

    /** @return 每方各执几份; null when not stated */
    public Integer getCopiesEach() {
        return copiesEach;
    }

    /** @param copiesEach 每方各执几份 */
    public void setCopiesEach(Integer copiesEach) {
        this.copiesEach = copiesEach;
    }

    /** @return 发文机关 (notices), e.g. 黔西县人民政府 */
    public String getIssuer() {
        return issuer;
    }

    /** @param issuer 发文机关 */
    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    /** @return 主送机关 (notices) */
    public String getRecipients() {
        return recipients;
    }

    /** @param recipients 主送机关 */
    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    /** @return 期限 (e.g. the refund deadline) */
    public LocalDate getDueDate() {
        return dueDate;
    }

    /** @param dueDate 期限 */
    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    /** @return 收款账户 (e.g. for a refund) */
    public String getAccount() {
        return account;
    }

    /** @param account 收款账户 */
    public void setAccount(String account) {
        this.account = account;
    }

    /**
     * Checks this block against the fields a template uses: a required field left empty, a count
     * ({@link DocumentField.Type#INTEGER}) below 1.
     *
     * @param fields the template's document fields, e.g. from {@link DocumentService#documentFields}
     * @return one error per bad field, with paths such as {@code doc.copies} and the field's label;
     *     empty when the block will do
     * @since 1.1
     */
    public List<FieldError> check(List<DocumentField> fields) {
        List<FieldError> errors = new ArrayList<>();
        for (DocumentField f : fields) {
            Object v = Properties.get(this, f.name());
            if (v == Properties.NO_SUCH_PROPERTY) {
                continue;
            }
            if (v == null || v instanceof String s && s.isBlank()) {
                if (f.required()) {
                    errors.add(new FieldError(f.path(), f.label(), "REQUIRED", "必填：所选模板要写这一项"));
                }
            } else if (f.type() == DocumentField.Type.INTEGER && v instanceof Number n && n.longValue() < 1) {
                errors.add(new FieldError(f.path(), f.label(), "POSITIVE", "应为正整数（不小于1）"));
            }
        }
        return errors;
    }
}
