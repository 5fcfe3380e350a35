package cn.egovkiosk.device.idcard;

import java.util.HexFormat;

/** Test vectors are written as spaced hex, as in devices.md. */
final class Hex {

    private Hex() {
    }

    static byte[] bytes(String spacedHex) {
        return HexFormat.of().parseHex(spacedHex.replace(" ", ""));
    }
}
