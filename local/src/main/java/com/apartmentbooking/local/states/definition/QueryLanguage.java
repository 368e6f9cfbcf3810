package com.apartmentbooking.local.states.definition;

/** The two query languages of ASL, spelled as definitions spell them. */
public enum QueryLanguage {
    JSONPATH("JSONPath"),
    JSONATA("JSONata");

    private final String aslName;

    QueryLanguage(String aslName) {
        this.aslName = aslName;
    }

    public String aslName() {
        return aslName;
    }

    /** The language a definition names, or null when the text names neither (spelling is exact). */
    public static QueryLanguage fromAslName(String text) {
        for (QueryLanguage language : values()) {
            if (language.aslName.equals(text)) {
                return language;
            }
        }
        return null;
    }
}
