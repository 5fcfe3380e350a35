package cn.egovkiosk.device.cli;

/** The command line is wrong: the message says what, and the CLI shows the usage after it. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
