package kr.roundtable.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the seats of a layout are, drawn to scale on a 1000 × 700 plan with the head side (상석) at the top and the
 * door at the bottom, and in which order protocol fills them: seat 1 is the head seat (facing the door, centre of
 * the head side), then the chair's right and left alternately (우좌우좌), or left first when the host prefers.
 * The chair faces the door, so the chair's right is the left of the drawing.
 */
public final class SeatingGeometry {
    public static final double WIDTH = 1000;
    public static final double HEIGHT = 700;

    private SeatingGeometry() {
    }

    /** A seat: its number in protocol order, its place, and the group it belongs to (for 마주보기: TOP or BOTTOM). */
    public record Spot(int number, double x, double y, Group group) {
    }

    /** Which part of a layout a seat is in. */
    public enum Group {
        HEAD, TOP, BOTTOM, ROWS
    }

    /** A table drawn under the seats: a rectangle, or an ellipse for 원탁. */
    public record Table(double x, double y, double width, double height, boolean round) {
    }

    /** A whole plan: seats, tables, the door and the front. */
    public record Plan(SeatingLayout layout, List<Spot> seats, List<Table> tables, double doorX, double doorY) {
        public Plan {
            seats = List.copyOf(seats);
            tables = List.copyOf(tables);
        }

        public Spot seat(int number) {
            return seats.get(number - 1);
        }
    }

    private record Point(double x, double y) {
    }

    public static Plan plan(SeatingLayout layout, int seatCount, boolean rightFirst) {
        return plan(layout, seatCount, rightFirst, null);
    }

    /** {@code headSeats}: seats on the head side for 마주보기 and 강의식 (null: half, or a quarter up to 7). */
    public static Plan plan(SeatingLayout layout, int seatCount, boolean rightFirst, Integer headSeats) {
        if (seatCount < 1) {
            throw new IllegalArgumentException("a plan needs at least one seat");
        }
        Integer head = headSeats == null ? null : Math.max(1, Math.min(seatCount, headSeats));
        return switch (layout) {
            case ROUND -> round(seatCount, rightFirst);
            case HOLLOW_SQUARE -> hollowSquare(seatCount, rightFirst);
            case U_SHAPE -> uShape(seatCount, rightFirst);
            case HEAD_TABLE -> headTable(seatCount, rightFirst);
            case FACING -> facing(seatCount, rightFirst, head);
            case CLASSROOM -> classroom(seatCount, rightFirst, head);
        };
    }

    /** Seats along a path, in protocol order: the head, then outward alternately (lower index = chair's right). */
    private static List<Point> alternate(List<Point> path, int head, boolean closed, boolean rightFirst) {
        List<Point> order = new ArrayList<>();
        order.add(path.get(head));
        int n = path.size();
        int right = head;
        int left = head;
        boolean takeRight = rightFirst;
        while (order.size() < n) {
            int nextRight = closed ? Math.floorMod(right - 1, n) : right - 1;
            int nextLeft = closed ? Math.floorMod(left + 1, n) : left + 1;
            boolean rightOk = nextRight >= 0 && !order.contains(path.get(nextRight));
            boolean leftOk = nextLeft < n && !order.contains(path.get(nextLeft));
            if (takeRight && rightOk || !leftOk) {
                order.add(path.get(nextRight));
                right = nextRight;
            } else {
                order.add(path.get(nextLeft));
                left = nextLeft;
            }
            takeRight = !takeRight;
        }
        return order;
    }

    private static List<Spot> spots(List<Point> points, Group group, int firstNumber) {
        List<Spot> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            out.add(new Spot(firstNumber + i, points.get(i).x(), points.get(i).y(), i == 0 && firstNumber == 1
                    ? Group.HEAD : group));
        }
        return out;
    }

    private static Plan round(int n, boolean rightFirst) {
        double cx = 500;
        double cy = 330;
        double r = Math.max(150, Math.min(270, n * 15.0));
        List<Point> path = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double angle = Math.toRadians(-90 + k * 360.0 / n);
            path.add(new Point(cx + r * Math.cos(angle), cy + r * Math.sin(angle)));
        }
        double table = r - 45;
        return new Plan(SeatingLayout.ROUND, spots(alternate(path, 0, true, rightFirst), Group.TOP, 1),
                List.of(new Table(cx - table, cy - table, 2 * table, 2 * table, true)), 500, 680);
    }

    private static Plan hollowSquare(int n, boolean rightFirst) {
        double left = 170;
        double top = 110;
        double w = 660;
        double h = 420;
        double perimeter = 2 * (w + h);
        List<Point> path = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double d = (w / 2 + k * perimeter / n) % perimeter; // from the top centre, clockwise
            path.add(onRectangle(left, top, w, h, d));
        }
        return new Plan(SeatingLayout.HOLLOW_SQUARE, spots(alternate(path, 0, true, rightFirst), Group.TOP, 1),
                List.of(new Table(left + 35, top + 35, w - 70, h - 70, false)), 500, 680);
    }

    private static Point onRectangle(double left, double top, double w, double h, double d) {
        if (d < w) {
            return new Point(left + d, top);
        }
        if (d < w + h) {
            return new Point(left + w, top + d - w);
        }
        if (d < 2 * w + h) {
            return new Point(left + w - (d - w - h), top + h);
        }
        return new Point(left, top + h - (d - 2 * w - h));
    }

    private static Plan uShape(int n, boolean rightFirst) {
        double left = 170;
        double top = 110;
        double w = 660;
        double h = 460;
        double length = 2 * h + w;
        double headAt = h + w / 2;
        int head = n / 2;
        double step = n == 1 ? 0 : Math.min(110, (n % 2 == 1 ? length / (n - 1) : length / n));
        List<Point> path = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double d = headAt + (k - head) * step; // from the bottom of the left arm, up, across, down
            if (d < h) {
                path.add(new Point(left, top + h - d));
            } else if (d < h + w) {
                path.add(new Point(left + d - h, top));
            } else {
                path.add(new Point(left + w, top + d - h - w));
            }
        }
        return new Plan(SeatingLayout.U_SHAPE, spots(alternate(path, head, false, rightFirst), Group.TOP, 1),
                List.of(new Table(left + 35, top + 35, w - 70, 60, false), new Table(left + 35, top + 95, 60, h - 95,
                        false), new Table(left + w - 95, top + 95, 60, h - 95, false)), 500, 680);
    }

    private static List<Point> row(int count, double y, double centerX, double maxWidth) {
        double step = count <= 1 ? 0 : Math.min(110, maxWidth / (count - 1));
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            points.add(new Point(centerX + (k - (count - 1) / 2.0) * step, y));
        }
        return points;
    }

    private static Plan headTable(int n, boolean rightFirst) {
        List<Point> path = row(n, 170, 500, 900);
        double span = n <= 1 ? 100 : Math.abs(path.get(n - 1).x() - path.get(0).x()) + 100;
        return new Plan(SeatingLayout.HEAD_TABLE, spots(alternate(path, (n - 1) / 2, false, rightFirst), Group.TOP, 1),
                List.of(new Table(500 - span / 2, 205, span, 60, false)), 500, 680);
    }

    private static Plan facing(int n, boolean rightFirst, Integer head) {
        int topCount = head != null ? head : (n + 1) / 2;
        int bottomCount = n - topCount;
        List<Point> top = row(topCount, 170, 500, 900);
        List<Spot> seats = new ArrayList<>(spots(alternate(top, (topCount - 1) / 2, false, rightFirst), Group.TOP, 1));
        if (bottomCount > 0) {
            // the bottom row faces up: its senior sits opposite the chair, and its right is the drawing's right
            List<Point> bottom = row(bottomCount, 470, 500, 900);
            List<Point> mirrored = new ArrayList<>(bottom);
            java.util.Collections.reverse(mirrored);
            List<Point> order = alternate(mirrored, (bottomCount - 1) - (bottomCount - 1) / 2, false, rightFirst);
            List<Spot> bottomSpots = spots(order, Group.BOTTOM, topCount + 1);
            seats.addAll(bottomSpots);
        }
        double span = Math.max(topCount, Math.max(bottomCount, 1)) <= 1 ? 120
                : Math.min(110, 900.0 / (Math.max(topCount, bottomCount) - 1)) * (Math.max(topCount, bottomCount) - 1)
                + 100;
        return new Plan(SeatingLayout.FACING, seats, List.of(new Table(500 - span / 2, 210, span, 220, false)), 500, 680);
    }

    private static Plan classroom(int n, boolean rightFirst, Integer headSeats) {
        int headCount = headSeats != null ? headSeats : Math.min(n, Math.max(3, Math.min(7, (n + 3) / 4)));
        List<Point> head = row(headCount, 120, 500, 700);
        List<Spot> seats = new ArrayList<>(spots(alternate(head, (headCount - 1) / 2, false, rightFirst), Group.TOP, 1));
        int rest = n - headCount;
        int perRow = 8;
        int rowIndex = 0;
        while (rest > 0) {
            int count = Math.min(perRow, rest);
            List<Point> r = row(count, 290 + rowIndex * 85, 500, 800);
            seats.addAll(spots(alternate(r, (count - 1) / 2, false, rightFirst), Group.ROWS, seats.size() + 1));
            rest -= count;
            rowIndex++;
        }
        double span = headCount <= 1 ? 120 : Math.min(110, 700.0 / (headCount - 1)) * (headCount - 1) + 100;
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(500 - span / 2, 150, span, 50, false));
        for (int r = 0; r < rowIndex; r++) {
            tables.add(new Table(80, 315 + r * 85, 840, 22, false));
        }
        return new Plan(SeatingLayout.CLASSROOM, seats, tables, 500, 680);
    }
}
