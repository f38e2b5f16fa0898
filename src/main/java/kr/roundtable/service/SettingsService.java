package kr.roundtable.service;

import java.util.Optional;

/** The user's remembered choices: language and window geometry. */
public final class SettingsService {
    static final String LANGUAGE = "ui.language";
    static final String WINDOW = "ui.window";
    static final String DEMO_OFFERED = "demo.offered";

    private final Repositories repos;

    public SettingsService(Repositories repos) {
        this.repos = repos;
    }

    /** "ko" or "en"; empty when the user never chose. */
    public Optional<String> language() {
        return read(LANGUAGE);
    }

    public void setLanguage(String code) {
        if (!"ko".equals(code) && !"en".equals(code)) {
            throw new IllegalArgumentException("unknown language: " + code);
        }
        write(LANGUAGE, code);
    }

    public Optional<WindowGeometry> window() {
        return read(WINDOW).flatMap(WindowGeometry::parse);
    }

    public void setWindow(WindowGeometry geometry) {
        write(WINDOW, geometry.format());
    }

    public boolean demoOffered() {
        return read(DEMO_OFFERED).isPresent();
    }

    public void markDemoOffered() {
        write(DEMO_OFFERED, "yes");
    }

    private Optional<String> read(String key) {
        return repos.db().read(() -> repos.settings().get(key));
    }

    private void write(String key, String value) {
        repos.db().write(() -> repos.settings().put(key, value));
    }

    /** Where the main window was and how large; {@code maximized} wins over the size when restoring. */
    public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
        String format() {
            return x + "," + y + "," + width + "," + height + "," + maximized;
        }

        static Optional<WindowGeometry> parse(String text) {
            String[] parts = text.split(",");
            if (parts.length != 5) {
                return Optional.empty();
            }
            try {
                return Optional.of(new WindowGeometry(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                        Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
