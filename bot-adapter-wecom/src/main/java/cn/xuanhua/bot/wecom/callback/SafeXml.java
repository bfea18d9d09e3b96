package cn.xuanhua.bot.wecom.callback;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Pattern;

/**
 * XML parsing for callbacks with every external-entity door shut: a document that declares a DOCTYPE is
 * refused outright (docs/wecom.md: 400), and the parser would not resolve entities anyway.
 */
final class SafeXml {
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE|<!ENTITY", Pattern.CASE_INSENSITIVE);
    private static final DocumentBuilderFactory FACTORY = factory();

    private SafeXml() {
    }

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be secured", e);
        }
    }

    /** Refuses a body that declares a DOCTYPE or an entity, before any parser sees it. */
    static void refuseDoctype(String xml) {
        if (DOCTYPE.matcher(xml).find()) {
            throw new CallbackRejected(CallbackRejected.Reason.MALFORMED, "a DOCTYPE is not allowed");
        }
    }

    /** Parses {@code xml} and returns the text of the first element called {@code name}, or null. */
    static String firstElementText(String xml, String name) {
        refuseDoctype(xml);
        Document doc = parse(xml);
        NodeList nodes = doc.getElementsByTagName(name);
        Node node = nodes.getLength() == 0 ? null : nodes.item(0);
        return node == null ? null : node.getTextContent();
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new CallbackRejected(CallbackRejected.Reason.MALFORMED, "not well-formed XML");
        }
    }
}
