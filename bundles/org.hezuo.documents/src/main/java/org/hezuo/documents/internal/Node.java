package org.hezuo.documents.internal;

/**
 * One step of a compiled part: literal XML, a field, a loop or a condition.
 */
sealed interface Node permits Node.Literal, Node.Field, Node.Each, Node.If {

    /** XML copied as is (UTF-8). */
    record Literal(byte[] bytes) implements Node {
    }

    /**
     * A value written XML-escaped inside a {@code w:t}.
     *
     * @param lineBreak what a newline in the value becomes: close the w:t, a w:br, reopen the w:t
     * @param tab what a tab becomes
     */
    record Field(Tag tag, String where, byte[] lineBreak, byte[] tab) implements Node {
    }

    /** A repeated body, once per item of a list. */
    record Each(Tag tag, String where, Node[] body) implements Node {
    }

    /** A body written when the condition holds, another otherwise. */
    record If(Tag tag, String where, Node[] then, Node[] otherwise) implements Node {
    }
}
