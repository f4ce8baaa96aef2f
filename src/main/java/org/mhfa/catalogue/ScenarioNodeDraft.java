package org.mhfa.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/** A node heading and the blocks under it, while they are being read. */
final class ScenarioNodeDraft {

    /** A choice as read, with the position of its list item for errors found later. */
    record ChoiceDraft(Choice choice, ScenarioPosition position) {
    }

    final ScenarioPosition position;
    String id;
    String title = "";
    boolean declaredEnd;
    /** The braces hold a misspelt '.end' (an unknown class, or 'end' without its dot), already reported. */
    boolean misspeltEnd;
    Outcome outcome;
    Integer endScore;
    final List<Node> narrative = new ArrayList<>();
    /** The list of choices; later lists continue it after a choice's feedback that was not indented under it. */
    Node choiceList;
    Node lastChoiceList;
    Node strayFeedback;
    final List<ChoiceDraft> choices = new ArrayList<>();
    /** A list item among the choices could not be read as a choice (reported): the node has a choice fewer. */
    boolean unreadChoice;

    ScenarioNodeDraft(Heading heading) {
        this.position = ScenarioPosition.of(heading);
    }

    String label() {
        return id != null ? "'" + id + "'" : "'" + ScenarioErrors.abbreviate(title) + "'";
    }

    /** True for a node without choices that is not an ending, nor meant to be one by a misspelt '.end'. */
    boolean isDeadEnd() {
        return !declaredEnd && !misspeltEnd && choiceList == null;
    }
}
