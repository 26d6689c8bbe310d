package dev.bcfkit.examples.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parses the report as XML, as a check that it is well-formed, and finds elements in it. */
final class Xhtml {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String SVG = "http://www.w3.org/2000/svg";

    private Xhtml() {
    }

    static Document parse(String page) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> all(Node root, String namespace, String name) {
        NodeList nodes = root instanceof Document d ? d.getElementsByTagNameNS(namespace, name)
                : ((Element) root).getElementsByTagNameNS(namespace, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    static List<Element> withClass(Node root, String namespace, String name, String cssClass) {
        return all(root, namespace, name).stream().filter(e -> hasClass(e, cssClass)).toList();
    }

    static boolean hasClass(Element e, String cssClass) {
        for (String c : e.getAttribute("class").split(" ")) {
            if (c.equals(cssClass)) {
                return true;
            }
        }
        return false;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                list.add(e);
            }
        }
        return list;
    }
}
