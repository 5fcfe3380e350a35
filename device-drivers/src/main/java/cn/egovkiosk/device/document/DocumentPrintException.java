package cn.egovkiosk.device.document;

import java.io.IOException;

/** A document was not printed; the printer's status says why. The message holds no document content. */
public final class DocumentPrintException extends IOException {

    public DocumentPrintException(String message) {
        super(message);
    }
}
