package org.mhfa.catalogue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads the scenario maps the tests draw as XML: the document, a group by id, an element's first child of a tag, its texts. */
final class SvgDocuments {

    private SvgDocuments() {
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static Element groupWithId(Document svg, String id) {
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("id").equals(id)) {
                return group;
            }
        }
        throw new AssertionError("no group " + id);
    }

    static Element first(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        assertTrue(found.getLength() > 0, "no <" + tag + ">");
        return (Element) found.item(0);
    }

    static List<String> texts(Element parent) {
        List<String> texts = new ArrayList<>();
        NodeList found = parent.getElementsByTagName("text");
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent());
        }
        return texts;
    }
}
