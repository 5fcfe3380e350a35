package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.transport.PtyLink;
import cn.egovkiosk.device.transport.SerialPortTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A reader configured on the port of another device (here one that never stops sending) fails in bounded time. */
class SamIdCardReaderWrongDeviceTest {

    @RegisterExtension
    final PtyLink link = new PtyLink("chatty");

    @Test
    void aDeviceThatNeverStopsSendingIsNotAReaderAndDoesNotHangThePoll() throws Exception {
        SerialPortTransport device = link.deviceSide();
        device.open();
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread chatter = Thread.ofPlatform().daemon().start(() -> {
            byte[] line = "6901234567892\r\n".getBytes(StandardCharsets.US_ASCII);
            while (sending.get()) {
                try {
                    device.write(line);
                } catch (IOException e) {
                    return;
                }
            }
        });
        try (SamIdCardReader reader = new SamIdCardReader("id-reader", link.hostSide())) {
            long start = System.nanoTime();
            assertThatThrownBy(reader::poll).isInstanceOf(SamProtocolException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(reader.status().state()).isEqualTo(DeviceState.OFFLINE);
        } finally {
            sending.set(false);
            chatter.join(2000);
        }
    }
}
