package org.jiamusi.vet.web.site;

import org.jiamusi.vet.cms.institution.District;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a place lies, drawn by the page itself as an inline SVG: a schematic of Jiamusi's counties
 * and county-level cities, or of its four city districts when the place is in town. No map tiles
 * are fetched from anywhere, so the page works on a closed network and tells no outside server who
 * is reading it. The outlines are deliberately rough (the page says so); the point itself is placed
 * from the stored coordinates.
 *
 * <p>The geometry is given here in degrees and projected to SVG units; the labels are message keys
 * that the page looks up in the reader's language.
 */
public record SchematicMap(String scale, int width, int height, String outline, List<Area> areas, List<Line> rivers,
                           List<Place> places, double pointX, double pointY) {

    /** A district drawn as a shape, with its label's position. */
    public record Area(String district, String points, double labelX, double labelY) {
    }

    /** A river, named by the end of its label's message key ({@code map.river.songhua}). */
    public record Line(String key, String points, double labelX, double labelY) {
    }

    /** A county seat (named by its district) or the city ({@code CITY}), as a dot with a label. */
    public record Place(String key, double x, double y, double labelX, double labelY, String anchor) {
    }

    private record Frame(double west, double east, double south, double north, double unitsPerDegree) {

        double x(double longitude) {
            return round((longitude - west) * unitsPerDegree * Math.cos(Math.toRadians((north + south) / 2)));
        }

        double y(double latitude) {
            return round((north - latitude) * unitsPerDegree);
        }

        boolean contains(double latitude, double longitude) {
            return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
        }

        int width() {
            return (int) Math.ceil(x(east));
        }

        int height() {
            return (int) Math.ceil(y(south));
        }

        /** SVG points from latitude/longitude pairs. */
        String points(double... latLon) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < latLon.length; i += 2) {
                points.append(i == 0 ? "" : " ").append(format(x(latLon[i + 1]))).append(',').append(format(y(latLon[i])));
            }
            return points.toString();
        }
    }

    /** The four city districts, where most schools are. */
    private static final Frame CITY = new Frame(130.22, 130.50, 46.73, 46.87, 2000);
    /** The whole city region, from Tangyuan in the west to Fuyuan at the Amur and Ussuri. */
    private static final Frame REGION = new Frame(129.3, 134.9, 45.7, 48.6, 100);

    /**
     * The map for a place in a district at these coordinates: the city districts' when the point is
     * in town, the region's when it is elsewhere in Jiamusi; none without coordinates or outside Jiamusi.
     */
    public static Optional<SchematicMap> of(District district, BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null || longitude == null || district == District.OUTSIDE_CITY) {
            return Optional.empty();
        }
        double lat = latitude.doubleValue();
        double lon = longitude.doubleValue();
        if (CITY.contains(lat, lon)) {
            return Optional.of(city(lat, lon));
        }
        if (REGION.contains(lat, lon)) {
            return Optional.of(region(lat, lon));
        }
        return Optional.empty();
    }

    private static SchematicMap city(double lat, double lon) {
        Frame f = CITY;
        List<Area> areas = List.of(
                new Area(District.JIAO.name(), f.points(46.73, 130.22, 46.87, 130.22, 46.87, 130.50, 46.73, 130.50), f.x(130.245), f.y(46.745)),
                new Area(District.XIANGYANG.name(), f.points(46.826, 130.29, 46.829, 130.36, 46.786, 130.36, 46.780, 130.30), f.x(130.325), f.y(46.800)),
                new Area(District.QIANJIN.name(), f.points(46.829, 130.36, 46.834, 130.40, 46.792, 130.40, 46.786, 130.36), f.x(130.38), f.y(46.822)),
                new Area(District.DONGFENG.name(), f.points(46.834, 130.40, 46.846, 130.47, 46.800, 130.47, 46.792, 130.40), f.x(130.435), f.y(46.830)));
        List<Line> rivers = List.of(new Line("songhua",
                f.points(46.836, 130.22, 46.833, 130.28, 46.836, 130.33, 46.840, 130.37, 46.848, 130.42, 46.858, 130.46, 46.866, 130.50),
                f.x(130.27), f.y(46.845)));
        return new SchematicMap("city", f.width(), f.height(), f.points(46.73, 130.22, 46.87, 130.22, 46.87, 130.50, 46.73, 130.50),
                areas, rivers, List.of(), f.x(lon), f.y(lat));
    }

    private static SchematicMap region(double lat, double lon) {
        Frame f = REGION;
        String outline = f.points(
                46.55, 129.55, 46.95, 129.52, 47.30, 129.95, 47.40, 130.55, 47.35, 131.20, 47.45, 131.75,
                47.70, 132.15, 47.95, 132.55, 48.10, 133.20, 48.25, 133.80, 48.42, 134.15, 48.38, 134.72,
                48.05, 134.70, 47.75, 134.60, 47.55, 133.80, 47.20, 133.20, 46.95, 132.40, 46.60, 131.80,
                46.20, 131.05, 45.85, 130.75, 45.90, 130.15, 46.25, 129.85);
        List<Line> rivers = List.of(
                new Line("songhua", f.points(46.45, 129.40, 46.75, 129.95, 46.82, 130.36, 47.02, 130.75,
                        47.25, 131.60, 47.33, 132.10, 47.72, 132.55), f.x(131.1), f.y(47.25)),
                new Line("amur", f.points(48.15, 131.9, 47.72, 132.55, 48.00, 133.10, 48.30, 133.90, 48.45, 134.30, 48.40, 134.75),
                        f.x(133.1), f.y(48.2)),
                new Line("ussuri", f.points(48.40, 134.75, 48.05, 134.72, 47.70, 134.62, 47.40, 134.35),
                        f.x(134.2), f.y(47.55)));
        List<Place> places = List.of(
                place(f, "CITY", 46.80, 130.36, "start"),
                place(f, "TANGYUAN", 46.73, 129.90, "end"),
                place(f, "HUANAN", 46.24, 130.55, "start"),
                place(f, "HUACHUAN", 47.02, 130.72, "start"),
                place(f, "FUJIN", 47.25, 132.04, "start"),
                place(f, "TONGJIANG", 47.64, 132.51, "end"),
                place(f, "FUYUAN", 48.36, 134.29, "end"));
        return new SchematicMap("region", f.width(), f.height(), outline, List.of(), rivers, places, f.x(lon), f.y(lat));
    }

    private static Place place(Frame f, String key, double lat, double lon, String anchor) {
        double x = f.x(lon);
        double y = f.y(lat);
        return new Place(key, x, y, anchor.equals("end") ? x - 7 : x + 7, y + 4, anchor);
    }

    public String getViewBox() {
        return "0 0 " + width + " " + height;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
