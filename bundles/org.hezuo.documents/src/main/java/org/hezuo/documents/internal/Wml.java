package org.hezuo.documents.internal;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

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

    /**
     * The WordprocessingML elements of a name in a part, in document order, as a list that stays as it
     * is while the part is changed (a NodeList would follow the changes).
     */
    static List<Element> elements(Document doc, String local) {
        NodeList found = doc.getElementsByTagNameNS(W, local);
        List<Element> out = new ArrayList<>(found.getLength());
        for (int i = 0; i < found.getLength(); i++) {
            out.add((Element) found.item(i));
        }
        return out;
    }

    /** The child elements of a name, in order. */
    static List<Element> children(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, local)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** The first child element of a name, or null. */
    static Element child(Element parent, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, local)) {
                return (Element) n;
            }
        }
        return null;
    }

    static String shorten(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 57) + "…" : t;
    }
}
