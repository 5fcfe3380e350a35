package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.idcard.IdCardReader;
import cn.egovkiosk.device.idcard.SamIdCardReader;
import cn.egovkiosk.device.receipt.EscPosReceiptPrinter;
import cn.egovkiosk.device.receipt.ReceiptPrinter;
import cn.egovkiosk.device.scanner.CodeScanner;
import cn.egovkiosk.device.scanner.ScannerSettings;
import cn.egovkiosk.device.scanner.SerialCodeScanner;
import cn.egovkiosk.device.transport.Transports;
import cn.egovkiosk.protocol.config.DeviceSetting;

/**
 * Makes a driver for a port. Drivers open their transport on first use, so making one never touches the device: a
 * wrong path shows as an offline device, not as a failure here.
 */
final class DriverFactory {

    private final ScannerSettings scannerSettings;

    DriverFactory(ScannerSettings scannerSettings) {
        this.scannerSettings = scannerSettings;
    }

    /** The reader on that port, or null for an empty port. */
    ConnectedDevice<IdCardReader> reader(DeviceSetting setting) {
        if (setting.port().isBlank()) {
            return null;
        }
        return new ConnectedDevice<>(new SamIdCardReader(KioskDevices.ID_READER,
                Transports.forPort(setting.port(), setting.baud())), IdCardReader::status);
    }

    ConnectedDevice<ReceiptPrinter> receiptPrinter(DeviceSetting setting) {
        if (setting.port().isBlank()) {
            return null;
        }
        EscPosReceiptPrinter driver = new EscPosReceiptPrinter(KioskDevices.RECEIPT_PRINTER,
                Transports.forPort(setting.port(), setting.baud()));
        // asked, not remembered: paper running out between receipts must show before the next resident starts
        return new ConnectedDevice<ReceiptPrinter>(driver, unused -> driver.checkStatus());
    }

    ConnectedDevice<CodeScanner> scanner(DeviceSetting setting) {
        if (setting.port().isBlank()) {
            return null;
        }
        SerialCodeScanner driver = new SerialCodeScanner(KioskDevices.CODE_SCANNER,
                Transports.forPort(setting.port(), setting.baud()), scannerSettings);
        return new ConnectedDevice<CodeScanner>(driver, unused -> driver.checkHealth());
    }
}
