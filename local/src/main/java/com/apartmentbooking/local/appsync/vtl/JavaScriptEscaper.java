package com.apartmentbooking.local.appsync.vtl;

/**
 * {@code $util.escapeJavaScript}: quotes, backslash and slash escaped with a backslash, control characters as
 * their short escapes or {@code \}{@code uXXXX}, and every character beyond ASCII as {@code \}{@code uXXXX}, as
 * Java's ECMAScript escaping that AppSync's VTL runtime is built on does.
 */
final class JavaScriptEscaper {

    private JavaScriptEscaper() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\'', '"', '\\', '/' -> out.append('\\').append(c);
                case '\b' -> out.append("\\b");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 32 || c > 0x7f) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
