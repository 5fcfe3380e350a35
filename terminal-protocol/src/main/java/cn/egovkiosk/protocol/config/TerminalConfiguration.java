package cn.egovkiosk.protocol.config;

import java.util.List;

/**
 * The device configuration of one terminal: its group's defaults with its own settings on top.
 *
 * @param terminalId  whose configuration this is
 * @param revision    the latest change that went into it; grows with every change
 * @param contentHash hash of the devices (hex), doubles as the HTTP ETag
 * @param devices     one setting per device kind, in {@code DeviceKind} order
 */
public record TerminalConfiguration(String terminalId, long revision, String contentHash,
        List<DeviceSetting> devices) {

    public TerminalConfiguration {
        devices = List.copyOf(devices);
    }
}
