package org.mhfa.catalogue;

import static org.mhfa.catalogue.ScenarioMapLayout.BOX_HEIGHT;
import static org.mhfa.catalogue.ScenarioMapLayout.BOX_WIDTH;
import static org.mhfa.catalogue.ScenarioMapLayout.LANE_GAP;
import static org.mhfa.catalogue.ScenarioMapLayout.PORT_MARGIN;
import static org.mhfa.catalogue.ScenarioMapLayout.ROW_GAP;

/** The paths of a scenario map's arrows between boxes, and where each arrow's label goes. */
final class ScenarioMapArrows {

    static final int MAX_SIDE_TRACKS = 6;

    private ScenarioMapArrows() {
    }

    /** The SVG path of an arrow and where its label goes. */
    record Arrow(String path, int labelX, int labelY) {
    }

    /** A curve from the right side of a box to the left side of a box in a later column. */
    static Arrow forwardArrow(int[] from, int[] to, int startY, int endY) {
        int startX = from[0] + BOX_WIDTH;
        int endX = to[0];
        int bend = (endX - startX) / 2;
        String path = "M" + startX + "," + startY + " C" + (startX + bend) + "," + startY + " " + (endX - bend) + "," + endY
                + " " + endX + "," + endY;
        return new Arrow(path, (startX + endX) / 2, (startY + endY) / 2 - 4);
    }

    /** A small loop on the right side of a box, for a choice that leads back to its own node. */
    static Arrow selfArrow(int[] box) {
        int x = box[0] + BOX_WIDTH;
        int y = box[1] + BOX_HEIGHT / 2;
        String path = "M" + x + "," + (y - 12) + " C" + (x + 46) + "," + (y - 44) + " " + (x + 46) + "," + (y + 20) + " " + x
                + "," + (y + 8);
        return new Arrow(path, x + 40, y - 32);
    }

    /** A route along the right side of a column, to another box of the same column; its label sits in the gap by the source. */
    static Arrow sideArrow(int[] from, int[] to, int track) {
        int x = from[0] + BOX_WIDTH;
        int trackX = x + 14 + 8 * track;
        boolean down = to[1] > from[1];
        int startY = down ? from[1] + BOX_HEIGHT - PORT_MARGIN : from[1] + PORT_MARGIN;
        int endY = down ? to[1] + PORT_MARGIN : to[1] + BOX_HEIGHT - PORT_MARGIN;
        int gapMiddle = down ? from[1] + BOX_HEIGHT + ROW_GAP / 2 : from[1] - ROW_GAP / 2;
        String path = "M" + x + "," + startY + " H" + trackX + " V" + endY + " H" + x;
        return new Arrow(path, from[0] + BOX_WIDTH / 2 + (down ? 50 : -50), gapMiddle + 4);
    }

    /** A route below all boxes, to a box in an earlier column, entering it from the left. */
    static Arrow backArrow(int[] from, int[] to, int lane, int graphBottom) {
        int laneY = graphBottom + LANE_GAP * (1 + lane);
        int startX = from[0] + BOX_WIDTH;
        int exitX = startX + 14 + 6 * (lane % MAX_SIDE_TRACKS);
        int entryX = to[0] - 14 - 6 * (lane % MAX_SIDE_TRACKS);
        int startY = from[1] + BOX_HEIGHT - PORT_MARGIN / 2;
        int endY = to[1] + BOX_HEIGHT - PORT_MARGIN / 2;
        String path = "M" + startX + "," + startY + " H" + exitX + " V" + laneY + " H" + entryX + " V" + endY + " H" + to[0];
        return new Arrow(path, (exitX + entryX) / 2, laneY - 4);
    }
}
