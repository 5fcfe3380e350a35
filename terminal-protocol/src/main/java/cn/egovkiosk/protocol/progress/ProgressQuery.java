package cn.egovkiosk.protocol.progress;

/**
 * A progress query (办件进度查询): the tracking number plus a second factor, either the whole ID number (read again
 * from the card at the kiosk) or its last four characters (typed on the public page). It travels in a POST body,
 * never in a URL. {@link #toString()} leaves the factors out.
 *
 * @param trackingNumber the tracking number from the receipt
 * @param idNumber       the applicant's ID number as re-read from the card, empty if not given
 * @param idNumberLast4  the last four characters of the applicant's ID number, empty if not given
 */
public record ProgressQuery(String trackingNumber, String idNumber, String idNumberLast4) {

    public ProgressQuery {
        idNumber = idNumber == null ? "" : idNumber;
        idNumberLast4 = idNumberLast4 == null ? "" : idNumberLast4;
    }

    @Override
    public String toString() {
        return "ProgressQuery[trackingNumber=" + trackingNumber + ", factor=<withheld>]";
    }
}
