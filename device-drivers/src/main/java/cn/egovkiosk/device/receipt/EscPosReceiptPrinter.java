package cn.egovkiosk.device.receipt;

import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.IOException;

/** An ESC/POS receipt printer over a byte transport. */
public final class EscPosReceiptPrinter implements ReceiptPrinter {

    public EscPosReceiptPrinter(String name, ByteTransport transport) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void print(EscPosReceipt receipt) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public DeviceStatus status() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
