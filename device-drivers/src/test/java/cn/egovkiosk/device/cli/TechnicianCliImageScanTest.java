package cn.egovkiosk.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --image FILE}: a technician checks what the camera path makes of a photographed code. */
class TechnicianCliImageScanTest {

    @TempDir
    Path dir;

    @Test
    void findsTheCodeInAPngFile() throws Exception {
        Path png = dir.resolve("frame.png");
        MatrixToImageWriter.writeToPath(new QRCodeWriter().encode("亮证码-7F3A", BarcodeFormat.QR_CODE, 300, 300,
                Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")), "png", png);

        CliRun run = CliRun.of("scan", "--image", png.toString());

        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("code (QR_CODE, 8 characters, 14 bytes): 亮证码-7F3A");
    }

    @Test
    void aFileThatIsNoImageOrIsMissingIsSaidSo() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a picture");

        CliRun notImage = CliRun.of("scan", "--image", text.toString());
        CliRun missing = CliRun.of("scan", "--image", dir.resolve("gone.png").toString());

        assertThat(notImage.exit()).isEqualTo(1);
        assertThat(notImage.out()).contains("not a readable JPEG or PNG");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.out()).contains("no file");
    }
}
