package cn.egovkiosk.device.cli;

/** A port that cannot be used: a message key and its arguments, saying what a technician should do about it. */
final class PortProblem extends Exception {

    private final String key;
    private final transient Object[] args;

    PortProblem(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    String describe(CliText text) {
        return text.get(key, args);
    }
}
