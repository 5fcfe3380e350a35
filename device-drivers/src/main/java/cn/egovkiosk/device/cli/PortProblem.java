package cn.egovkiosk.device.cli;

/** A port that cannot be used, with what a technician should do about it. */
final class PortProblem extends CliProblem {

    PortProblem(String key, Object... args) {
        super(key, args);
    }
}
