package cn.egovkiosk.device.cli;

/** The command line is wrong: a message key and its arguments; the CLI shows the text and the usage. */
final class UsageException extends Exception {

    private final String key;
    private final transient Object[] args;

    UsageException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    String describe(CliText text) {
        return text.get(key, args);
    }
}
