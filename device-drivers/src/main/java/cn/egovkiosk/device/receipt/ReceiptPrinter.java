package cn.egovkiosk.device.receipt;

import cn.egovkiosk.device.status.DeviceStatus;
import java.io.Closeable;
import java.io.IOException;

/** An 80 mm receipt printer (XFS4IoT class PTR), fed with ESC/POS bytes. */
public interface ReceiptPrinter extends Closeable {

    /** Sends a finished receipt (see {@link EscPosReceipt}) to the printer. */
    void print(EscPosReceipt receipt) throws IOException;

    /** The printer's current status. */
    DeviceStatus status();
}
