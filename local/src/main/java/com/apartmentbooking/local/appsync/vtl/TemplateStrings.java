package com.apartmentbooking.local.appsync.vtl;

import java.text.Normalizer;
import java.util.Locale;

/** {@code $util.str}: case, replacement and Unicode normalization of strings. */
public final class TemplateStrings {

    TemplateStrings() {
    }

    public String toUpper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    public String toLower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Every occurrence of {@code target}, taken literally, replaced. */
    public String toReplace(String text, String target, String replacement) {
        return text.replace(target, replacement);
    }

    /** {@code form} is {@code nfc}, {@code nfd}, {@code nfkc} or {@code nfkd}, in any case. */
    public String normalize(String text, String form) {
        return Normalizer.normalize(text, Normalizer.Form.valueOf(form.toUpperCase(Locale.ROOT)));
    }
}
