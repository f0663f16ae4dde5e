package org.hezuo.documents.internal;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * WordprocessingML names and small DOM helpers.
 */
final class Wml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String XML = "http://www.w3.org/XML/1998/namespace";
    /** Namespace of the block markers the planner leaves for the program builder. */
    static final String MARK = "urn:hezuo:template-marker";

    private Wml() {
    }

    static boolean is(Node n, String local) {
        return n instanceof Element e && W.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
    }

    static Element ancestor(Node n, String local) {
        for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
            if (is(p, local)) {
                return (Element) p;
            }
        }
        return null;
    }

    static String shorten(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 57) + "…" : t;
    }
}
