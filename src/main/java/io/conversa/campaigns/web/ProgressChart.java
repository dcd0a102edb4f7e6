package io.conversa.campaigns.web;

import io.conversa.campaigns.BulkProgressPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A bulk send's progress as a small SVG chart drawn on the server: a bar per step for the messages sent in it, and
 * a line for the replies. Coordinates are in a 600 × 120 view box.
 */
public record ProgressChart(List<Bar> bars, String replies, long peak, Instant from, Instant to) {

    static final int WIDTH = 600;
    static final int HEIGHT = 120;

    /** One step: where its bar starts, how wide and high it is, and what it counts (for the tooltip). */
    public record Bar(double x, double y, double width, double height, long sent, long replied, Instant at) {}

    static ProgressChart of(List<BulkProgressPoint> points) {
        if (points.isEmpty()) {
            return null;
        }
        long peak = 1;
        for (BulkProgressPoint point : points) {
            peak = Math.max(peak, Math.max(point.sent(), point.replied()));
        }
        double width = (double) WIDTH / points.size();
        List<Bar> bars = new ArrayList<>();
        StringBuilder replies = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            BulkProgressPoint point = points.get(i);
            double height = (double) HEIGHT * point.sent() / peak;
            bars.add(new Bar(
                    i * width + 1,
                    HEIGHT - height,
                    Math.max(1, width - 2),
                    height,
                    point.sent(),
                    point.replied(),
                    point.at()));
            replies.append(i == 0 ? "M" : " L")
                    .append(String.format(
                            java.util.Locale.ROOT,
                            "%.1f %.1f",
                            i * width + width / 2,
                            HEIGHT - (double) HEIGHT * point.replied() / peak));
        }
        return new ProgressChart(
                bars,
                replies.toString(),
                peak,
                points.get(0).at(),
                points.get(points.size() - 1).at());
    }
}
