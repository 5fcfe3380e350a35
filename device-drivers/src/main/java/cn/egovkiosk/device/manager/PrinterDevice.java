package cn.egovkiosk.device.manager;

import cn.egovkiosk.device.receipt.EscPosReceiptPrinter;
import cn.egovkiosk.device.status.DeviceStatus;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

/** A receipt printer: each check asks for cover, error and paper (DLE EOT), reopening the port when needed. */
final class PrinterDevice implements ManagedDevice {

    private final DeviceConfig config;
    private final EscPosReceiptPrinter printer;
    private final Duration interval;

    PrinterDevice(DeviceConfig config, EscPosReceiptPrinter printer, Duration interval) {
        this.config = config;
        this.printer = printer;
        this.interval = interval;
    }

    @Override
    public DeviceConfig config() {
        return config;
    }

    @Override
    public Duration pollInterval() {
        return interval;
    }

    @Override
    public DeviceStatus check(DeviceDataListener events) {
        return printer.checkStatus();
    }

    @Override
    public DeviceStatus currentStatus() {
        return printer.status();
    }

    @Override
    public Closeable driver() {
        return printer;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
