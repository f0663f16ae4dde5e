package org.hezuo.documents.internal;

import org.w3c.dom.Element;

/**
 * Where a tag stands in the template after normalisation: its paragraph, its {@code w:t}, its table row.
 */
final class TagSite {
    /** The tag; its path is rewritten to field names when written with Chinese names ({@link ProgramBuilder}). */
    Tag tag;
    final Element paragraph;
    final Element text;
    final Element row;
    final String where;
    /** The tag is the only content of its paragraph. */
    final boolean alone;

    TagSite(Tag tag, Element paragraph, Element text, Element row, String where, boolean alone) {
        this.tag = tag;
        this.paragraph = paragraph;
        this.text = text;
        this.row = row;
        this.where = where;
        this.alone = alone;
    }
}
