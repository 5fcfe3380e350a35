package cn.egovkiosk.device.scanner;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Finds a QR code or barcode in one camera frame (JPEG or PNG bytes) with ZXing (devices.md §3.3). A QR code without
 * an ECI designator is read as UTF-8 unless another charset is given; ECI-marked codes keep their own charset.
 * Thread-safe: each call uses its own reader.
 */
public final class CameraFrameDecoder {

    private final Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);

    public CameraFrameDecoder() {
        this(StandardCharsets.UTF_8);
    }

    public CameraFrameDecoder(Charset defaultCharset) {
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.CHARACTER_SET, defaultCharset.name());
    }

    /**
     * @return the code in the frame, empty when the frame holds none
     * @throws IOException when the bytes are not a JPEG or PNG image
     */
    public Optional<ScannedCode> decode(byte[] frame) throws IOException {
        BufferedImage image = frame == null || frame.length == 0 ? null
                : ImageIO.read(new ByteArrayInputStream(frame));
        if (image == null) {
            throw new IOException("camera frame is not a readable JPEG or PNG image ("
                    + (frame == null ? 0 : frame.length) + " bytes)");
        }
        return decode(image);
    }

    /** The code in an image already decoded (e.g. from a capture API), empty when it holds none. */
    public Optional<ScannedCode> decode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            Result result = new MultiFormatReader().decode(bitmap, hints);
            String text = result.getText();
            return Optional.of(new ScannedCode(text, text.getBytes(StandardCharsets.UTF_8),
                    result.getBarcodeFormat().name(), Instant.now()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
