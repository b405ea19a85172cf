package org.jiamusi.vet.web.site;

import org.jiamusi.vet.cms.programme.Level;
import org.jiamusi.vet.cms.programme.Pathway;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the through-training diagram on a programme's page: the three stages (中职 →
 * 高职 → 本科) as columns, and one row per route (3+2, five-year, 高本贯通, 中高本贯通) drawn as a
 * line through the stages it joins. The programme's own stage and route are marked. The page
 * draws it as inline SVG with the words from the bundles; this class only places things, in a
 * 360-unit-wide box so that text stays readable when a phone shows it at its own width.
 */
public record PathwayDiagram(List<Stage> stages, List<Row> rows, int width, int height, boolean onRoute) {

    static final int WIDTH = 360;
    static final int STAGE_TOP = 8;
    static final int STAGE_HEIGHT = 52;
    static final int STAGE_WIDTH = 110;
    static final int ROWS_TOP = 76;
    static final int ROW_HEIGHT = 66;
    /** How far from a stop's centre a segment starts, and ends short of the next, leaving room for the dot and the arrowhead. */
    static final int STOP_GAP = 9;
    static final int ARROW_GAP = 14;

    /** The routes in the order a reader meets them, and the stages (0 中职, 1 高职, 2 本科) each passes through. */
    private static final List<Route> ROUTES = List.of(
            new Route(Pathway.THREE_PLUS_TWO, List.of(0, 1)),
            new Route(Pathway.FIVE_YEAR, List.of(0, 1)),
            new Route(Pathway.HIGHER_TO_UNDERGRADUATE, List.of(1, 2)),
            new Route(Pathway.SECONDARY_HIGHER_UNDERGRADUATE, List.of(0, 1, 2)));

    private static final List<String> STAGE_KEYS = List.of("secondary", "higher", "undergraduate");

    static PathwayDiagram of(Level level, Pathway pathway) {
        int levelStage = stageOf(level);
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < STAGE_KEYS.size(); i++) {
            stages.add(new Stage(STAGE_KEYS.get(i), centre(i) - STAGE_WIDTH / 2, centre(i), i == levelStage));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROUTES.size(); i++) {
            Route route = ROUTES.get(i);
            List<Integer> stops = route.stages().stream().map(PathwayDiagram::centre).toList();
            List<Segment> segments = new ArrayList<>();
            for (int stop = 0; stop + 1 < stops.size(); stop++) {
                segments.add(new Segment(stops.get(stop) + STOP_GAP, stops.get(stop + 1) - ARROW_GAP));
            }
            rows.add(new Row(route.pathway().name(), ROWS_TOP + i * ROW_HEIGHT, segments, stops, route.pathway() == pathway));
        }
        boolean onRoute = rows.stream().anyMatch(Row::current);
        return new PathwayDiagram(stages, rows, WIDTH, ROWS_TOP + ROUTES.size() * ROW_HEIGHT + 4, onRoute);
    }

    /** The stage a level belongs to: both kinds of undergraduate education are the third. */
    static int stageOf(Level level) {
        return switch (level) {
            case SECONDARY_VOCATIONAL -> 0;
            case HIGHER_VOCATIONAL -> 1;
            case VOCATIONAL_UNDERGRADUATE, APPLIED_UNDERGRADUATE -> 2;
        };
    }

    private static int centre(int stage) {
        return 62 + stage * 118;
    }

    /** The route row drawn for the programme, if it is on one. */
    public Row getCurrentRow() {
        return rows.stream().filter(Row::current).findFirst().orElse(null);
    }

    /** A stage column: its bundle key, left edge and centre, and whether the programme is at this level. */
    public record Stage(String key, int x, int centre, boolean current) {
    }

    /** A route row: its pathway, top, the arrows from stop to stop, the stages' centres it stops at, and whether it is the programme's. */
    public record Row(String pathway, int y, List<Segment> segments, List<Integer> stops, boolean current) {
    }

    /** An arrow from one stop towards the next. */
    public record Segment(int x1, int x2) {
    }

    private record Route(Pathway pathway, List<Integer> stages) {
    }
}
