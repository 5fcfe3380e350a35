package cn.egovkiosk.device.idcard;

import java.util.Arrays;

/** The data of a successful {@code 30 01} answer: text length, photo length (big-endian), text, photo (§1.7). */
final class CardReadPayload {

    static final int TEXT_LENGTH = 256;
    static final int PHOTO_LENGTH = 1024;

    private CardReadPayload() {
    }

    static ResidentIdentity parse(byte[] data) throws SamProtocolException, CardReadException {
        if (data.length < 4) {
            throw badPayload("read answer too short: " + data.length + " bytes");
        }
        int textLength = (data[0] & 0xFF) << 8 | data[1] & 0xFF;
        int photoLength = (data[2] & 0xFF) << 8 | data[3] & 0xFF;
        if (textLength != TEXT_LENGTH || 4 + textLength + photoLength != data.length) {
            throw badPayload("read answer declares text " + textLength + " and photo " + photoLength
                    + " bytes but carries " + (data.length - 4));
        }
        byte[] text = Arrays.copyOfRange(data, 4, 4 + textLength);
        byte[] photo = Arrays.copyOfRange(data, 4 + textLength, data.length);
        return TextBlockParser.parse(text, photo);
    }

    private static SamProtocolException badPayload(String message) {
        return new SamProtocolException(SamProtocolException.Reason.BAD_PAYLOAD, message);
    }
}
