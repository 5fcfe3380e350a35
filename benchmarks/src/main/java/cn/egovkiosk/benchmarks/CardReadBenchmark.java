package cn.egovkiosk.benchmarks;

import cn.egovkiosk.device.idcard.CardReadException;
import cn.egovkiosk.device.idcard.CardReadPayload;
import cn.egovkiosk.device.idcard.ResidentIdentity;
import cn.egovkiosk.device.idcard.ResidentTextField;
import cn.egovkiosk.device.idcard.SamFrameDecoder;
import cn.egovkiosk.device.idcard.SamResponse;
import cn.egovkiosk.device.idcard.SamStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The software's share of an ID card read (issue 3, goal under 20 ms on top of the 113 ms that 1295 bytes take at
 * 115200 baud): a complete {@code 30 01} answer frame, as the serial port hands it over, decoded into an identity —
 * preamble search, checksum, response, lengths, the UTF-16LE text block, dates and the GB 11643 check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class CardReadBenchmark {

    private final SamFrameDecoder decoder = SamFrameDecoder.forResponses();
    private byte[] frame;

    @Setup
    public void buildReadAnswer() {
        byte[] text = new byte[ResidentTextField.BLOCK_LENGTH];
        ResidentTextField.NAME.write(text, "张三");
        ResidentTextField.SEX.write(text, "1");
        ResidentTextField.NATION.write(text, "01");
        ResidentTextField.BIRTH_DATE.write(text, "19491231");
        ResidentTextField.ADDRESS.write(text, "北京市朝阳区建国路1号");
        ResidentTextField.ID_NUMBER.write(text, "11010519491231002X");
        ResidentTextField.ISSUING_AUTHORITY.write(text, "北京市公安局朝阳分局");
        ResidentTextField.VALID_FROM.write(text, "20100101");
        ResidentTextField.VALID_TO.write(text, "20300101");
        byte[] photo = new byte[1024];
        for (int i = 0; i < photo.length; i++) {
            photo[i] = (byte) (i * 31); // includes AA 96 69-like bytes a real WLT may hold
        }
        byte[] data = ByteBuffer.allocate(4 + text.length + photo.length).putShort((short) text.length)
                .putShort((short) photo.length).put(text).put(photo).array();
        frame = SamResponse.of(SamStatus.SUCCESS, data).toFrame();
        if (frame.length != 1295) {
            throw new IllegalStateException("a 30 01 answer has 1295 bytes, built " + frame.length);
        }
    }

    /** The 1295-byte frame in one piece, as the reader driver decodes it after the last byte arrived. */
    @Benchmark
    public ResidentIdentity decode1295ByteReadAnswer() throws IOException, CardReadException {
        decoder.feed(frame, 0, frame.length);
        SamResponse answer = SamResponse.fromBody(decoder.next().orElseThrow());
        return CardReadPayload.parse(answer.data());
    }
}
