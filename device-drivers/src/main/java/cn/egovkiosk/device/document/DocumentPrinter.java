package cn.egovkiosk.device.document;

import cn.egovkiosk.device.status.DeviceStatus;
import java.io.IOException;

/** An A4 printer (XFS4IoT class PTR, document kind) fed with PDF. */
public interface DocumentPrinter {

    /**
     * Prints a PDF and waits until the printer has it.
     *
     * @param title the job title, without personal data
     * @throws IOException when the printer cannot print it; {@link #status()} then says why
     */
    void print(byte[] pdf, String title) throws IOException;

    /** The status as of the last job or check. */
    DeviceStatus status();

    /** Reads the printer's state now. */
    DeviceStatus checkStatus();
}
