package kr.roundtable.service;

/**
 * A use case refused because a rule of the domain says no (someone invited twice, a person still in meetings).
 * {@code key} names the message in the bundles; the UI and the command line show it in the user's language.
 */
public final class Refusal extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public Refusal(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
