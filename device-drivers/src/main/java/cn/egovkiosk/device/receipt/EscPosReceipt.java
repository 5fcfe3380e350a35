package cn.egovkiosk.device.receipt;

/** A finished receipt as ESC/POS bytes (GB18030 text). */
public final class EscPosReceipt {

    /** Horizontal alignment (ESC a). */
    public enum Alignment {
        LEFT, CENTER, RIGHT
    }

    private EscPosReceipt() {
    }

    /** A builder that starts with ESC @ and FS &amp; (Chinese mode). */
    public static Builder builder() {
        throw new UnsupportedOperationException("not yet");
    }

    public byte[] bytes() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Appends commands and text in print order. */
    public static final class Builder {

        private Builder() {
        }

        public Builder align(Alignment alignment) {
            throw new UnsupportedOperationException("not yet");
        }

        public Builder bold(boolean on) {
            throw new UnsupportedOperationException("not yet");
        }

        public Builder size(int widthMultiple, int heightMultiple) {
            throw new UnsupportedOperationException("not yet");
        }

        public Builder text(String text) {
            throw new UnsupportedOperationException("not yet");
        }

        public Builder line(String text) {
            throw new UnsupportedOperationException("not yet");
        }

        public Builder feed(int lines) {
            throw new UnsupportedOperationException("not yet");
        }

        public Builder qr(String payload) {
            throw new UnsupportedOperationException("not yet");
        }

        public Builder cut() {
            throw new UnsupportedOperationException("not yet");
        }

        public EscPosReceipt build() {
            throw new UnsupportedOperationException("not yet");
        }
    }
}
