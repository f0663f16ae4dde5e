package org.hezuo.documents.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A small case model shaped like org.hezuo.api.model (records, enums with label()). */
public final class TestModel {
    private TestModel() {
    }

    public enum Gender {
        MALE("男"), FEMALE("女");

        private final String label;

        Gender(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Party(String name, String creditCode, String representative) {
    }

    public record Student(String name, Gender gender, LocalDate birthDate, String idNumber, String major, Boolean adult) {
    }

    public record Placement(LocalDate startDate, LocalDate endDate, BigDecimal monthlyPay) {
    }

    public record SchoolClass(String name, List<Student> students) {
    }

    /** JavaBean style, like the api bundle's classes. */
    public static final class PolicyCase {
        private final Party school;
        private final Party enterprise;
        private final List<Student> students;
        private final Placement placement;
        private final List<SchoolClass> classes;
        private String number = "HZ-2026-001";

        public PolicyCase(Party school, Party enterprise, List<Student> students, Placement placement, List<SchoolClass> classes) {
            this.school = school;
            this.enterprise = enterprise;
            this.students = students;
            this.placement = placement;
            this.classes = classes;
        }

        public Party getSchool() {
            return school;
        }

        public Party getEnterprise() {
            return enterprise;
        }

        public List<Student> getStudents() {
            return students;
        }

        public Placement getPlacement() {
            return placement;
        }

        public List<SchoolClass> getClasses() {
            return classes;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }
    }

    public static Student student(int i) {
        return new Student("学生" + i, i % 2 == 0 ? Gender.FEMALE : Gender.MALE, LocalDate.of(2006, 1 + i % 12, 1 + i % 28),
                String.format("52052120060101%04d", i), "机电一体化", i % 3 != 0);
    }

    public static PolicyCase sample(int students) {
        List<Student> list = new java.util.ArrayList<>();
        for (int i = 1; i <= students; i++) {
            list.add(student(i));
        }
        return new PolicyCase(new Party("黔西县中等职业学校", "12520000MB0000000X", "王校长"),
                new Party("A&B<c> 制造有限公司", "91520000MA00000000", "李总"), list,
                new Placement(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 28), new BigDecimal("12000.50")),
                List.of(new SchoolClass("机电1班", list.subList(0, Math.min(2, list.size()))),
                        new SchoolClass("机电2班", list.subList(Math.min(2, list.size()), list.size()))));
    }
}
