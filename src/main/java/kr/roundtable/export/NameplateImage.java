package kr.roundtable.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The upside-down half of a name plate, drawn at 300 dpi and turned 180°. */
final class NameplateImage {
    private static final double DPI = 300;
    private static final List<String> KOREAN_FONTS = List.of("맑은 고딕", "Malgun Gothic", "Apple SD Gothic Neo",
            "NanumGothic", "나눔고딕", "Noto Sans CJK KR", "Noto Sans KR");

    private NameplateImage() {
    }

    static byte[] upsideDown(String upper, String name, String family, double upperPt, double namePt, double widthMm,
                             double heightMm) throws IOException {
        int w = px(widthMm);
        int h = px(heightMm);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.rotate(Math.PI, w / 2.0, h / 2.0);
            g.setColor(Color.BLACK);
            String face = installed(family);
            Font upperFont = new Font(face, Font.PLAIN, (int) Math.round(upperPt * DPI / 72));
            Font nameFont = new Font(face, Font.BOLD, (int) Math.round(namePt * DPI / 72));
            FontMetrics um = g.getFontMetrics(upperFont);
            FontMetrics nm = g.getFontMetrics(nameFont);
            double total = um.getHeight() + nm.getAscent() + nm.getDescent() * 0.5;
            double top = (h - total) / 2;
            g.setFont(upperFont);
            g.drawString(upper, (float) ((w - um.stringWidth(upper)) / 2.0), (float) (top + um.getAscent()));
            g.setFont(nameFont);
            String spaced = name;
            double nameWidth = nm.stringWidth(name);
            float x = (float) ((w - nameWidth) / 2.0);
            if (name.codePointCount(0, name.length()) == 2) {
                // two syllables take the width of three, as on the other half
                double gap = nm.stringWidth(name) / 2.0;
                String first = name.substring(0, name.offsetByCodePoints(0, 1));
                String second = name.substring(first.length());
                x = (float) ((w - nameWidth - gap) / 2.0);
                float y = (float) (top + um.getHeight() + nm.getAscent());
                g.drawString(first, x, y);
                g.drawString(second, (float) (x + nm.stringWidth(first) + gap), y);
                spaced = null;
            }
            if (spaced != null) {
                g.drawString(spaced, x, (float) (top + um.getHeight() + nm.getAscent()));
            }
        } finally {
            g.dispose();
        }
        return SeatingChartImage.png(image);
    }

    private static int px(double mm) {
        return (int) Math.round(mm / 25.4 * DPI);
    }

    /** The template's font when this computer has it, else a Korean font it has, else the logical sans serif. */
    static String installed(String wanted) {
        Set<String> names = new HashSet<>(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames()));
        if (wanted != null && names.contains(wanted)) {
            return wanted;
        }
        for (String candidate : KOREAN_FONTS) {
            if (names.contains(candidate)) {
                return candidate;
            }
        }
        return Font.SANS_SERIF;
    }
}
