package org.mhfa.xapi;

/** The ADL verbs the platform's statements use. */
public enum Verb {
    EXPERIENCED("experienced"),
    COMPLETED("completed"),
    ANSWERED("answered"),
    PASSED("passed"),
    FAILED("failed"),
    RESPONDED("responded"),
    ATTENDED("attended");

    private final String display;

    Verb(String display) {
        this.display = display;
    }

    public String iri() {
        return "http://adlnet.gov/expapi/verbs/" + display;
    }

    public String display() {
        return display;
    }
}
