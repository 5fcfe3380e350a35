package cn.egovkiosk.device.cli;

/** The command line is wrong; the CLI shows the problem and the usage. */
final class UsageException extends CliProblem {

    UsageException(String key, Object... args) {
        super(key, args);
    }
}
