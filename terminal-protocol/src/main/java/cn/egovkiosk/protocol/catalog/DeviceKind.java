package cn.egovkiosk.protocol.catalog;

/** Device classes of a kiosk, as named on the wire. */
public enum DeviceKind {
    ID_CARD_READER,
    RECEIPT_PRINTER,
    DOCUMENT_PRINTER,
    CODE_SCANNER
}
