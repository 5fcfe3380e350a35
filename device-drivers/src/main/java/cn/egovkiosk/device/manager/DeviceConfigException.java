package cn.egovkiosk.device.manager;

import java.util.List;

/** A device configuration that cannot be used; the message lists every problem found, one per line. */
public class DeviceConfigException extends Exception {

    private final List<String> problems;

    public DeviceConfigException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
