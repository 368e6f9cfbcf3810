package com.apartmentbooking.local.sqs;

/**
 * Writes one XML answer of the query protocol, element by element. Text is escaped as SQS escapes it: the five
 * markup characters and carriage returns (which an XML reader would otherwise turn into line feeds), so that a
 * body reads back exactly as it was sent. Characters XML cannot carry at all become U+FFFD: messages cannot hold
 * them, but an error message may quote a request's parameter that does.
 */
final class QueryXml {

    static final String NAMESPACE = "http://queue.amazonaws.com/doc/2012-11-05/";

    /** Stands for a character XML cannot carry, which only an error message quoting a request's text can hold. */
    private static final int REPLACEMENT = 0xFFFD;

    private final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>");

    /** Opens the document's root element in SQS's namespace. */
    QueryXml root(String name) {
        xml.append('<').append(name).append(" xmlns=\"").append(NAMESPACE).append("\">");
        return this;
    }

    QueryXml open(String name) {
        xml.append('<').append(name).append('>');
        return this;
    }

    QueryXml close(String name) {
        xml.append("</").append(name).append('>');
        return this;
    }

    /** {@code <name>text</name>}; nothing when {@code text} is {@code null}, as AWS leaves absent members out. */
    QueryXml element(String name, String text) {
        if (text != null) {
            open(name);
            escape(text);
            close(name);
        }
        return this;
    }

    /** {@code <name/>}. */
    QueryXml empty(String name) {
        xml.append('<').append(name).append("/>");
        return this;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                case '\r' -> xml.append("&#xD;");
                default -> xml.appendCodePoint(MessageContents.isAllowed(c) ? c : REPLACEMENT);
            }
        }
    }

    @Override
    public String toString() {
        return xml.toString();
    }
}
