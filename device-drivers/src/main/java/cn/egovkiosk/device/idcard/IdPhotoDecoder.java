package cn.egovkiosk.device.idcard;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Turns the 1024-byte WLT photo of an identity card into a picture. WLT is proprietary and every known decoder is a
 * licensed vendor library, so none ships with this project: a district that licenses one wraps it in an
 * implementation of this interface and registers it in {@code META-INF/services}. Without one the photo stays raw
 * bytes and screens show a placeholder.
 */
public interface IdPhotoDecoder {

    /** The decoder used when none is installed: it never decodes. */
    IdPhotoDecoder NONE = wlt -> Optional.empty();

    /**
     * Decodes one photo.
     *
     * @param wlt the raw photo bytes from the card
     * @return the picture, empty when this decoder cannot decode these bytes
     */
    Optional<DecodedPhoto> decode(byte[] wlt);

    /** The first decoder registered through {@link ServiceLoader}, or {@link #NONE}. */
    static IdPhotoDecoder installed() {
        return ServiceLoader.load(IdPhotoDecoder.class).findFirst().orElse(NONE);
    }

    /**
     * A decoded photo. Personal information: {@link #toString()} shows only its type and size.
     *
     * @param mediaType the image type, e.g. {@code image/bmp} or {@code image/png}
     * @param image     the image file bytes
     */
    record DecodedPhoto(String mediaType, byte[] image) {

        @Override
        public String toString() {
            return "DecodedPhoto[" + mediaType + ", " + image.length + " bytes]";
        }
    }
}
