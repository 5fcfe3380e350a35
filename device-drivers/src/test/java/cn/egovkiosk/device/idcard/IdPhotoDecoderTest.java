package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdPhotoDecoderTest {

    private static final byte[] WLT = new byte[1024];

    @Test
    void withoutADecoderThePhotoIsNotDecoded() {
        assertThat(IdPhotoDecoder.NONE.decode(WLT)).isEmpty();
    }

    @Test
    void aDecoderRegisteredAsAServiceIsFound() {
        IdPhotoDecoder installed = IdPhotoDecoder.installed();

        assertThat(installed).isInstanceOf(LicensedDecoderStandIn.class);
        assertThat(installed.decode(WLT))
                .hasValueSatisfying(photo -> assertThat(photo.mediaType()).isEqualTo("image/bmp"));
        assertThat(installed.decode(new byte[3])).isEmpty();
    }

    @Test
    void aDecodedPhotoShowsNoPixelsInItsText() {
        IdPhotoDecoder.DecodedPhoto photo = new IdPhotoDecoder.DecodedPhoto("image/png", new byte[] {1, 2, 3});

        assertThat(photo.toString()).isEqualTo("DecodedPhoto[image/png, 3 bytes]");
    }

    /** Stands in for a vendor's licensed decoder: accepts only 1024-byte photos, as a real one would. */
    public static final class LicensedDecoderStandIn implements IdPhotoDecoder {

        @Override
        public Optional<DecodedPhoto> decode(byte[] wlt) {
            return wlt.length == 1024 ? Optional.of(new DecodedPhoto("image/bmp", new byte[54])) : Optional.empty();
        }
    }
}
