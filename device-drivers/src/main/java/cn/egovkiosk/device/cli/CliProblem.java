package cn.egovkiosk.device.cli;

/** A problem the CLI explains in the technician's language: a message key and its arguments. */
abstract class CliProblem extends Exception {

    private final String key;
    private final transient Object[] args;

    CliProblem(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    final String describe(CliText text) {
        return text.get(key, args);
    }
}
