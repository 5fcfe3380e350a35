package cn.egovkiosk.device.idcard;

/** A card is present but could not be read. The message names the reader status code, never card data. */
public class CardReadException extends Exception {

    private final int statusCode;

    public CardReadException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    /** The reader's SW3 status code (e.g. 0x41 read failed), or -1 when the frame itself was bad. */
    public int statusCode() {
        return statusCode;
    }
}
