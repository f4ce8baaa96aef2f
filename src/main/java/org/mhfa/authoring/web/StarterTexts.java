package org.mhfa.authoring.web;

/** The text a new file of the draft starts with, by the kind of file its path names. */
final class StarterTexts {

    private StarterTexts() {
    }

    static String of(String path) {
        if (path == null) {
            return "";
        }
        if (path.endsWith("/module.md")) {
            return "---\ntitle: New module\n---\n";
        }
        if (path.startsWith("banks/") && path.endsWith(".bank.md")) {
            return "---\ntitle: New question bank\n---\n## Write the first question here {#first}\n\n- [x] A right answer\n"
                    + "- [ ] A wrong answer\n";
        }
        return path.endsWith(".md") && !path.endsWith(".quiz.md") && !path.endsWith(".scenario.md")
                ? "---\ntitle: New lesson\nminutes: 5\n---\nWrite the lesson here.\n" : "";
    }
}
