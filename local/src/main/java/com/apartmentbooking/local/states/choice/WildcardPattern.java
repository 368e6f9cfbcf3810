package com.apartmentbooking.local.states.choice;

import java.util.ArrayList;
import java.util.List;

/**
 * The pattern of StringMatches: {@code *} matches any run of characters (none included) and nothing
 * else is special, except the backslash, which makes the next character literal ({@code \*} a star,
 * {@code \\} a backslash). The whole string must match.
 */
final class WildcardPattern {
    /** The literal pieces between the wildcards; there is one wildcard between each two pieces. */
    private final List<String> pieces;

    private WildcardPattern(List<String> pieces) {
        this.pieces = List.copyOf(pieces);
    }

    static WildcardPattern compile(String pattern) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                piece.append(pattern.charAt(++i));
            } else if (c == '*') {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        return new WildcardPattern(pieces);
    }

    /**
     * The first piece anchors at the start, the last at the end, and the ones between are found
     * left to right; taking the earliest occurrence of each middle piece never loses a match.
     */
    boolean matches(String text) {
        String first = pieces.get(0);
        if (pieces.size() == 1) {
            return text.equals(first);
        }
        String last = pieces.get(pieces.size() - 1);
        if (text.length() < first.length() + last.length() || !text.startsWith(first) || !text.endsWith(last)) {
            return false;
        }
        int cursor = first.length();
        int limit = text.length() - last.length();
        for (String middle : pieces.subList(1, pieces.size() - 1)) {
            int found = text.indexOf(middle, cursor);
            if (found < 0 || found + middle.length() > limit) {
                return false;
            }
            cursor = found + middle.length();
        }
        return true;
    }
}
