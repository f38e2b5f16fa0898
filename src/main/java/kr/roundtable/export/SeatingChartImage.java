package kr.roundtable.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import javax.imageio.ImageIO;

import kr.roundtable.model.SeatingGeometry;

/** The seating plan drawn as a picture (Java2D, no JavaFX), for the PNG export and the chart document. */
public final class SeatingChartImage {
    private SeatingChartImage() {
    }

    /** Who sits in a seat, as printed: name, and a smaller line (organization and title). */
    public record Label(String name, String detail) {
    }

    /** Renders the plan at {@code scale} (1 = 1000 × 700 pixels); {@code front} and {@code door} are printed marks. */
    public static BufferedImage render(SeatingGeometry.Plan plan, Map<Integer, Label> seats, String front, String door,
                                       double scale) {
        int w = (int) Math.round(SeatingGeometry.WIDTH * scale);
        int h = (int) Math.round(SeatingGeometry.HEIGHT * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            g.setColor(new Color(0xE8, 0xEC, 0xF1));
            g.setStroke(new BasicStroke(2f));
            for (SeatingGeometry.Table t : plan.tables()) {
                if (t.round()) {
                    g.fill(new Ellipse2D.Double(t.x(), t.y(), t.width(), t.height()));
                } else {
                    g.fill(new RoundRectangle2D.Double(t.x(), t.y(), t.width(), t.height(), 10, 10));
                }
            }
            Font base = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
            g.setColor(new Color(0x57, 0x60, 0x6A));
            g.setFont(base.deriveFont(Font.BOLD, 15f));
            centered(g, front, 500, 28);
            centered(g, door, plan.doorX(), plan.doorY());
            g.setStroke(new BasicStroke(3f));
            g.drawLine((int) plan.doorX() - 45, (int) plan.doorY() + 8, (int) plan.doorX() + 45, (int) plan.doorY() + 8);
            double r = 34;
            for (SeatingGeometry.Spot spot : plan.seats()) {
                Label who = seats.get(spot.number());
                boolean head = spot.group() == SeatingGeometry.Group.HEAD;
                g.setColor(who == null ? new Color(0xF6, 0xF8, 0xFA) : head ? new Color(0xFF, 0xF1, 0xC7)
                        : new Color(0xDD, 0xF4, 0xFF));
                Ellipse2D circle = new Ellipse2D.Double(spot.x() - r, spot.y() - r, 2 * r, 2 * r);
                g.fill(circle);
                g.setColor(head ? new Color(0xBF, 0x87, 0x00) : new Color(0x1F, 0x4E, 0x79));
                g.setStroke(new BasicStroke(head ? 3f : 1.5f));
                g.draw(circle);
                g.setColor(new Color(0x57, 0x60, 0x6A));
                g.setFont(base.deriveFont(11f));
                centered(g, String.valueOf(spot.number()), spot.x(), spot.y() - 14);
                if (who != null) {
                    g.setColor(Color.BLACK);
                    g.setFont(fit(g, base.deriveFont(Font.BOLD, 15f), who.name(), 2 * r + 10));
                    centered(g, who.name(), spot.x(), spot.y() + 4);
                    if (who.detail() != null && !who.detail().isBlank()) {
                        g.setColor(new Color(0x40, 0x40, 0x40));
                        g.setFont(fit(g, base.deriveFont(10.5f), who.detail(), 2 * r + 16));
                        centered(g, who.detail(), spot.x(), spot.y() + 19);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Font fit(Graphics2D g, Font font, String text, double width) {
        Font f = font;
        while (g.getFontMetrics(f).stringWidth(text) > width && f.getSize2D() > 7) {
            f = f.deriveFont(f.getSize2D() - 0.5f);
        }
        return f;
    }

    private static void centered(Graphics2D g, String text, double x, double y) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (float) (x - m.stringWidth(text) / 2.0), (float) (y + m.getAscent() / 2.0 - 2));
    }

    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
