package cn.egovkiosk.device.cli;

/** A port that cannot be used, with what a technician should do about it. */
final class PortProblem extends Exception {

    PortProblem(String message) {
        super(message);
    }
}
