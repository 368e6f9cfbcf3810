package com.apartmentbooking.local.states.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus's redaction tokens, used as wildcards while comparing one case (see the corpus
 * README). Only the tokens a case declares in its {@code placeholders} list are wildcards; in
 * every other case the text compares exactly, so a literal "date" in an ordinary output still has
 * to be "date".
 *
 * <p>A token that stands for one original text is bound on first match and must then match the
 * same text everywhere else in the case (output, cause): {@code <name>} fragments, the account id
 * {@code 111111111111}, {@code snf_role_arn} and {@code start-time} (one execution has one role and
 * one start). {@code date} and {@code entered-time} are not bound: the recorder wrote them for
 * every timestamp, and different states are entered at different instants; they must still look
 * like a timestamp.
 *
 * <p>One instance holds the bindings of one case, so a new instance is needed per case.
 */
final class Placeholders {
    static final String ACCOUNT_ID = "111111111111";

    private static final Set<String> BOUND_WHOLE_VALUES = Set.of("snf_role_arn", "start-time");
    private static final Set<String> TIMESTAMP_WHOLE_VALUES = Set.of("date", "entered-time", "start-time");
    private static final Pattern TIMESTAMP =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    private final Set<String> declared;
    private final Map<String, String> bindings = new HashMap<>();

    private Placeholders(Set<String> declared) {
        this.declared = Set.copyOf(declared);
    }

    static Placeholders declared(Set<String> tokens) {
        return new Placeholders(tokens);
    }

    static Placeholders none() {
        return new Placeholders(Set.of());
    }

    /** Whether the engine's text matches the recorded text, binding the tokens it matched. */
    boolean matches(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        if (declared.contains(expected) && isWholeValueWord(expected)) {
            return matchesWholeValue(expected, actual);
        }
        List<Piece> pieces = split(expected);
        if (pieces.stream().noneMatch(Piece::isToken)) {
            return expected.equals(actual);
        }
        return matchesFragments(pieces, actual);
    }

    private static boolean isWholeValueWord(String word) {
        return BOUND_WHOLE_VALUES.contains(word) || TIMESTAMP_WHOLE_VALUES.contains(word);
    }

    private boolean matchesWholeValue(String word, String actual) {
        if (TIMESTAMP_WHOLE_VALUES.contains(word) && !TIMESTAMP.matcher(actual).matches()) {
            return false;
        }
        if (actual.isEmpty()) {
            return false;
        }
        if (!BOUND_WHOLE_VALUES.contains(word)) {
            return true;
        }
        return bind(word, actual);
    }

    private boolean bind(String token, String actual) {
        String bound = bindings.putIfAbsent(token, actual);
        return bound == null || bound.equals(actual);
    }

    /**
     * Builds one anchored pattern for the recorded text: literal parts quoted, a token already bound
     * by an earlier value as its bound text, a token repeated within this text as a back-reference,
     * any other token as a named group. Lazy groups take the shortest text, which is right for the
     * corpus's ARNs whose parts cannot contain the ':' that separates them.
     */
    private boolean matchesFragments(List<Piece> pieces, String actual) {
        StringBuilder regex = new StringBuilder();
        Map<String, String> groupOfToken = new LinkedHashMap<>();
        for (Piece piece : pieces) {
            if (!piece.isToken()) {
                regex.append(Pattern.quote(piece.text()));
            } else if (bindings.containsKey(piece.text())) {
                regex.append(Pattern.quote(bindings.get(piece.text())));
            } else if (groupOfToken.containsKey(piece.text())) {
                regex.append("\\k<").append(groupOfToken.get(piece.text())).append('>');
            } else {
                String group = "t" + groupOfToken.size();
                groupOfToken.put(piece.text(), group);
                String body = piece.text().equals(ACCOUNT_ID) ? "\\d{12}" : ".+?";
                regex.append("(?<").append(group).append('>').append(body).append(')');
            }
        }
        Matcher matcher = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual);
        if (!matcher.matches()) {
            return false;
        }
        groupOfToken.forEach((token, group) -> bindings.put(token, matcher.group(group)));
        return true;
    }

    /** Cuts the recorded text at every declared fragment token ({@code <...>} and the account id). */
    private List<Piece> split(String expected) {
        List<Piece> pieces = new ArrayList<>();
        int literalStart = 0;
        int i = 0;
        while (i < expected.length()) {
            String token = fragmentTokenAt(expected, i);
            if (token == null) {
                i++;
                continue;
            }
            if (i > literalStart) {
                pieces.add(new Piece(expected.substring(literalStart, i), false));
            }
            pieces.add(new Piece(token, true));
            i += token.length();
            literalStart = i;
        }
        if (literalStart < expected.length()) {
            pieces.add(new Piece(expected.substring(literalStart), false));
        }
        return pieces;
    }

    private String fragmentTokenAt(String text, int index) {
        for (String token : declared) {
            boolean fragment = token.startsWith("<") || token.equals(ACCOUNT_ID);
            if (fragment && text.startsWith(token, index)) {
                return token;
            }
        }
        return null;
    }

    private record Piece(String text, boolean isToken) {
    }
}
