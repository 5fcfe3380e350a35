package cn.egovkiosk.device.manager;

import cn.egovkiosk.device.idcard.ResidentIdentity;
import cn.egovkiosk.device.scanner.ScannedCode;

/**
 * Data events from the devices the manager polls (JavaPOS DataEvent / ErrorEvent). Called on the device's own
 * thread, in the order the data arrived; a listener must hand long work elsewhere.
 */
public interface DeviceDataListener {

    /** A newly presented card was read. */
    default void cardRead(String device, ResidentIdentity identity) {
    }

    /** A card is present but could not be read; {@code statusCode} is the reader's SW3 code or -1. */
    default void cardUnreadable(String device, int statusCode) {
    }

    /** A continuous-mode scanner read a code. */
    default void codeScanned(String device, ScannedCode code) {
    }
}
