package org.mhfa.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Accepts an SVG image only when it can do nothing but draw: parsed without DTDs or external entities, every element
 * and attribute on an allow-list, no scripts, event handlers, foreign objects, styles sheets or references outside the
 * file (an {@code href} or {@code url(…)} names a {@code #fragment} of the same file). Anything else is refused, named.
 */
final class SvgCheck {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final String XML_NS = XMLConstants.XML_NS_URI;
    private static final int MAX_ELEMENTS = 20_000;

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "title", "desc", "path", "rect",
            "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath", "linearGradient", "radialGradient",
            "stop", "clipPath", "mask", "pattern", "marker");

    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "transform", "viewBox", "width", "height", "x", "y",
            "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "d", "points", "pathLength", "fill", "fill-opacity",
            "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-dasharray",
            "stroke-dashoffset", "stroke-miterlimit", "opacity", "color", "display", "visibility", "overflow", "font-family",
            "font-size", "font-weight", "font-style", "font-variant", "text-anchor", "dominant-baseline", "alignment-baseline",
            "baseline-shift", "letter-spacing", "word-spacing", "text-decoration", "dx", "dy", "rotate", "lengthAdjust",
            "textLength", "startOffset", "preserveAspectRatio", "version", "gradientUnits", "gradientTransform", "spreadMethod",
            "offset", "stop-color", "stop-opacity", "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits",
            "maskContentUnits", "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX",
            "refY", "orient", "patternUnits", "patternContentUnits", "patternTransform", "vector-effect", "shape-rendering",
            "text-rendering", "paint-order", "href", "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden",
            "focusable", "lang", "space", "baseProfile");

    private static final Pattern URL = Pattern.compile("url\\s*\\(\\s*['\"]?([^'\")]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");

    private SvgCheck() {
    }

    /** Checks the SVG; its width and height in pixels (from {@code width}/{@code height} or the {@code viewBox}), 0 when unknown. */
    static int[] check(String name, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (head.contains("<!doctype") || head.contains("<!entity")) {
            throw refused(name, "has a DOCTYPE, which can declare entities: save it without one (as a plain or optimised SVG)");
        }
        Document document = parse(name, bytes);
        Element root = document.getDocumentElement();
        if (!SVG_NS.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
            throw refused(name, "is not an SVG image: its outermost element is not <svg> in the SVG namespace");
        }
        int[] count = {0};
        checkNode(name, document, count);
        return size(root);
    }

    private static Document parse(String name, byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new Quiet());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity");
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException | IOException e) {
            throw refused(name, "cannot be read as XML" + (e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? ": it has a DOCTYPE; save it without one" : ": export it again"));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkNode(String name, Node node, int[] count) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    if (++count[0] > MAX_ELEMENTS) {
                        throw refused(name, "has more than " + MAX_ELEMENTS + " elements");
                    }
                    checkElement(name, (Element) child);
                    checkNode(name, child, count);
                }
                case Node.PROCESSING_INSTRUCTION_NODE -> throw refused(name, "has a processing instruction (<?" + child.getNodeName()
                        + " …?>), which can load a style sheet: remove it");
                case Node.ENTITY_REFERENCE_NODE, Node.DOCUMENT_TYPE_NODE -> throw refused(name, "uses entities: save it without them");
                default -> {
                    // text, comments and CDATA draw nothing by themselves
                }
            }
        }
    }

    private static void checkElement(String name, Element element) {
        String local = element.getLocalName();
        if (!SVG_NS.equals(element.getNamespaceURI()) || !ELEMENTS.contains(local)) {
            throw refused(name, "has a <" + element.getNodeName() + "> element, which is not allowed in images here (allowed: "
                    + "shapes, paths, text, groups, gradients, clips, masks, markers; no scripts, styles, foreign objects or "
                    + "embedded images)");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            checkAttribute(name, element, (Attr) attributes.item(i));
        }
    }

    private static void checkAttribute(String name, Element element, Attr attribute) {
        String namespace = attribute.getNamespaceURI();
        String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String where = "the attribute " + attribute.getName() + " of <" + element.getLocalName() + ">";
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
            return;
        }
        if (local.toLowerCase(Locale.ROOT).startsWith("on")) {
            throw refused(name, "has an event handler (" + where + "), which could run a script: remove it");
        }
        boolean known = namespace == null ? ATTRIBUTES.contains(local)
                : (XLINK_NS.equals(namespace) && local.equals("href")) || (XML_NS.equals(namespace) && Set.of("space", "lang").contains(local));
        if (!known) {
            throw refused(name, "has " + where + ", which is not allowed in images here");
        }
        String value = attribute.getValue().strip();
        if (local.equals("href") && !value.startsWith("#")) {
            throw refused(name, "refers to '" + abbreviate(value) + "' in " + where + ": an image may refer only to a part of "
                    + "itself ('#id')");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.contains("javascript:") || lower.contains("expression(") || lower.contains("@import")) {
            throw refused(name, "has a script or style import in " + where + ": remove it");
        }
        Matcher url = URL.matcher(value);
        while (url.find()) {
            if (!url.group(1).strip().startsWith("#")) {
                throw refused(name, "refers to '" + abbreviate(url.group(1)) + "' in " + where + ": an image may refer only to a "
                        + "part of itself ('url(#id)')");
            }
        }
    }

    private static int[] size(Element root) {
        Matcher width = LENGTH.matcher(root.getAttribute("width"));
        Matcher height = LENGTH.matcher(root.getAttribute("height"));
        if (width.matches() && height.matches()) {
            return new int[] {(int) Math.round(Double.parseDouble(width.group(1))), (int) Math.round(Double.parseDouble(height.group(1)))};
        }
        String[] box = root.getAttribute("viewBox").strip().split("[\\s,]+");
        if (box.length == 4) {
            try {
                return new int[] {(int) Math.round(Double.parseDouble(box[2])), (int) Math.round(Double.parseDouble(box[3]))};
            } catch (NumberFormatException e) {
                return new int[] {0, 0};
            }
        }
        return new int[] {0, 0};
    }

    private static ImageCheck.RefusedException refused(String name, String why) {
        return new ImageCheck.RefusedException("'" + name + "' " + why + ".");
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** Keeps the parser from printing its errors; they are thrown and reported as a refusal. */
    private static final class Quiet implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // not a reason to refuse
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
