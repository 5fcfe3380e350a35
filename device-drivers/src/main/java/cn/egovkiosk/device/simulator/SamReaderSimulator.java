package cn.egovkiosk.device.simulator;

import cn.egovkiosk.device.idcard.SamCommand;
import cn.egovkiosk.device.idcard.SamFrameDecoder;
import cn.egovkiosk.device.idcard.SamProtocolException;
import cn.egovkiosk.device.idcard.SamResponse;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Plays a SAM resident-ID reader module on the device side of a transport, in its own thread: answers find, select,
 * read (with or without fingerprints), appended address, status, SAM ID and reset with the frames of devices.md §1.6. Tests and technicians put cards in its field and
 * can make it misbehave (junk before answers, answers in fragments, failing reads, a failed self-test, silence).
 */
public final class SamReaderSimulator implements Closeable {

    private final DeviceSideLoop loop;
    private final SamCardModule module = new SamCardModule();
    private final SamFrameDecoder decoder = SamFrameDecoder.forRequests();
    private volatile boolean answering = true;
    private volatile boolean answeringAppendedAddress = true;
    private volatile byte[] junkBeforeAnswers = new byte[0];
    private volatile int fragmentBytes;
    private volatile Duration readDelay = Duration.ZERO;

    public SamReaderSimulator(ByteTransport deviceSide) {
        this.loop = new DeviceSideLoop(deviceSide, "sam-reader-simulator", this::receive);
    }

    /**
     * Opens the device side and starts answering.
     *
     * @throws java.io.UncheckedIOException when the device side cannot be opened
     */
    public void start() {
        loop.start();
    }

    /** Puts a card in the field (replacing any card there). */
    public void present(SimulatedCard card) {
        module.present(card);
    }

    /** Takes the card out of the field. */
    public void remove() {
        module.remove();
    }

    public boolean cardInField() {
        return module.cardInField();
    }

    /** The next {@code count} reads answer 41 (card read failed). */
    public void failNextReads(int count) {
        module.failNextReads(count);
    }

    /** How many reset commands ({@code 10 FF}) the module received. */
    public int resetCount() {
        return module.resets();
    }

    /** Makes the status check answer 60 (SAM self-test failed), or succeed again. */
    public void failSelfTest(boolean failed) {
        module.failSelfTest(failed);
    }

    /** Line noise: these bytes go out before every answer from now on (an empty array stops it). */
    public void sendJunkBeforeAnswers(byte[] junk) {
        junkBeforeAnswers = junk.clone();
    }

    /**
     * Whether find keeps answering "card found" for a card that was read (modules without the protective design);
     * by default a read card is answered "no card" until it leaves the field and comes back.
     */
    public void keepFindingReadCards(boolean keepFinding) {
        module.keepFindingReadCards(keepFinding);
    }

    /** Sends answers in pieces of this many bytes with short pauses (0 = whole frames). */
    public void fragmentAnswers(int bytesPerFragment) {
        fragmentBytes = Math.max(0, bytesPerFragment);
    }

    /** How long a read takes, like a real module talking to the card (a few hundred milliseconds); 0 by default. */
    public void setReadDelay(Duration delay) {
        readDelay = delay.isNegative() ? Duration.ZERO : delay;
    }

    /** A module that does not know {@code 30 03} and stays silent to it (some older firmware). */
    public void ignoreAppendedAddressRequests(boolean ignore) {
        answeringAppendedAddress = !ignore;
    }

    /** A module that stops answering (unplugged, hung); requests are still consumed. */
    public void setAnswering(boolean answer) {
        answering = answer;
    }

    @Override
    public void close() {
        loop.close();
    }

    private void receive(byte[] chunk, int length) throws IOException {
        decoder.feed(chunk, 0, length);
        answerAll();
    }

    private void answerAll() throws IOException {
        while (true) {
            SamResponse answer;
            boolean silent = false;
            try {
                Optional<byte[]> request = decoder.next();
                if (request.isEmpty()) {
                    return;
                }
                SamCommand command = SamCommand.of(request.get()).orElse(null);
                if (command == SamCommand.READ || command == SamCommand.READ_WITH_FINGERPRINT) {
                    pause(readDelay.toMillis());
                }
                silent = command == SamCommand.APPENDED_ADDRESS && !answeringAppendedAddress;
                answer = module.answer(request.get());
            } catch (SamProtocolException badRequest) {
                answer = module.answer(badRequest);
            }
            if (answering && !silent) {
                send(answer.toFrame());
            }
        }
    }

    private void send(byte[] frame) throws IOException {
        byte[] junk = junkBeforeAnswers;
        if (junk.length > 0) {
            loop.write(junk);
        }
        int step = fragmentBytes;
        if (step == 0) {
            loop.write(frame);
            return;
        }
        for (int from = 0; from < frame.length; from += step) {
            loop.write(Arrays.copyOfRange(frame, from, Math.min(frame.length, from + step)));
            pause(1);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
