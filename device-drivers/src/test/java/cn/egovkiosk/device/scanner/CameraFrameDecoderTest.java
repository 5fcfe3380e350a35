package cn.egovkiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Camera-like frames (640x480, rotated, noisy) made with ZXing's encoder and Java2D, as JPEG and PNG. */
class CameraFrameDecoderTest {

    private static final String PAYLOAD = "闽政通电子证照 https://mztapp.example.gov.cn/v?token=8F3A-𠮷";

    private final CameraFrameDecoder decoder = new CameraFrameDecoder();

    @Test
    void findsAChineseQrCodeInARotatedNoisyJpegFrame() throws Exception {
        byte[] jpeg = encode(frame(PAYLOAD, true), "jpg");

        ScannedCode code = decoder.decode(jpeg).orElseThrow();

        assertThat(code.text()).isEqualTo(PAYLOAD);
        assertThat(code.symbology()).isEqualTo("QR_CODE");
    }

    @Test
    void findsTheCodeInAPngFrame() throws Exception {
        assertThat(decoder.decode(encode(frame("CTID-TOKEN-0001", false), "png"))).map(ScannedCode::text)
                .contains("CTID-TOKEN-0001");
    }

    @Test
    void aFrameWithoutACodeGivesNothing() throws Exception {
        BufferedImage empty = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        noise(empty, new Random(7));
        assertThat(decoder.decode(encode(empty, "png"))).isEmpty();
    }

    @Test
    void bytesThatAreNoImageAreAClearError() {
        assertThatThrownBy(() -> decoder.decode(new byte[] {1, 2, 3})).isInstanceOf(IOException.class)
                .hasMessageContaining("not a readable JPEG or PNG");
    }

    private static BufferedImage frame(String payload, boolean rotated) throws WriterException {
        BufferedImage qr = MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(payload,
                BarcodeFormat.QR_CODE, 220, 220, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
                        EncodeHintType.MARGIN, 2)));
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(200, 196, 190));
        g.fillRect(0, 0, 640, 480);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        if (rotated) {
            g.rotate(Math.toRadians(12), 320, 240);
        }
        g.drawImage(qr, 210, 130, null);
        g.dispose();
        noise(frame, new Random(42));
        return frame;
    }

    /** Sensor noise: every pixel a little off, as a cheap camera gives (single-pixel speckles are not realistic). */
    private static void noise(BufferedImage image, Random random) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color pixel = new Color(image.getRGB(x, y));
                int shift = (int) Math.round(random.nextGaussian() * 12);
                image.setRGB(x, y, new Color(clamp(pixel.getRed() + shift), clamp(pixel.getGreen() + shift),
                        clamp(pixel.getBlue() + shift)).getRGB());
            }
        }
    }

    private static int clamp(int value) {
        return Math.clamp(value, 0, 255);
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }
}
