package cn.egovkiosk.device.manager;

import cn.egovkiosk.device.receipt.EscPosReceiptPrinter;
import cn.egovkiosk.device.status.DeviceStatus;
import java.time.Duration;

/** A receipt printer: each check asks for cover, error and paper (DLE EOT), reopening the port when needed. */
final class PrinterDevice extends ManagedDevice {

    private final EscPosReceiptPrinter printer;

    PrinterDevice(DeviceConfig config, EscPosReceiptPrinter printer, Duration interval) {
        super(config, interval, printer);
        this.printer = printer;
    }

    @Override
    DeviceStatus check(DeviceDataListener events) {
        return printer.checkStatus();
    }

    @Override
    DeviceStatus currentStatus() {
        return printer.status();
    }
}
