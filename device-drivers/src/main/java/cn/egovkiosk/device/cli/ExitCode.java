package cn.egovkiosk.device.cli;

/** The CLI's exit codes, for scripts that run it. */
final class ExitCode {

    /** Done: a device answered, a card or code was read, every device is usable. */
    static final int OK = 0;
    /** A device answered but is not usable (status), a card could not be read, a configuration is wrong. */
    static final int FAILED = 1;
    /** The command line is wrong. */
    static final int USAGE = 2;
    /** The port is missing, busy or not permitted. */
    static final int PORT = 3;
    /** Nothing answered, or no card / code came before the timeout. */
    static final int NOTHING = 4;

    private ExitCode() {
    }
}
