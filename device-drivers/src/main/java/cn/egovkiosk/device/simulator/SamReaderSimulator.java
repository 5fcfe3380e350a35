package cn.egovkiosk.device.simulator;

import cn.egovkiosk.device.idcard.SamFrameDecoder;
import cn.egovkiosk.device.idcard.SamProtocolException;
import cn.egovkiosk.device.idcard.SamResponse;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a SAM resident-ID reader module on the device side of a transport, in its own thread: answers find, select,
 * read, status, SAM ID and reset with the frames of devices.md §1.6. Tests and technicians put cards in its field and
 * can make it misbehave (junk before answers, answers in fragments, failing reads, a failed self-test, silence).
 */
public final class SamReaderSimulator implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(SamReaderSimulator.class);
    private static final Duration POLL = Duration.ofMillis(50);

    private final ByteTransport deviceSide;
    private final SamCardModule module = new SamCardModule();
    private volatile boolean running;
    private volatile boolean answering = true;
    private volatile byte[] junkBeforeAnswers = new byte[0];
    private volatile int fragmentBytes;
    private Thread thread;

    public SamReaderSimulator(ByteTransport deviceSide) {
        this.deviceSide = deviceSide;
    }

    /** Opens the device side and starts answering. */
    public synchronized void start() {
        if (running) {
            return;
        }
        try {
            deviceSide.open();
        } catch (IOException e) {
            throw new UncheckedIOException("SAM reader simulator cannot open " + deviceSide.describe(), e);
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("sam-reader-simulator").start(this::serve);
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

    /** A module that stops answering (unplugged, hung); requests are still consumed. */
    public void setAnswering(boolean answer) {
        answering = answer;
    }

    @Override
    public void close() {
        Thread serving;
        synchronized (this) {
            running = false;
            serving = thread;
            thread = null;
        }
        if (serving != null) {
            try {
                serving.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            deviceSide.close();
        } catch (IOException e) {
            log.debug("closing {} failed: {}", deviceSide.describe(), e.getMessage());
        }
    }

    private void serve() {
        SamFrameDecoder decoder = SamFrameDecoder.forRequests();
        byte[] chunk = new byte[1024];
        while (running) {
            try {
                int n = deviceSide.read(chunk, 0, chunk.length, POLL);
                decoder.feed(chunk, 0, n);
                answerAll(decoder);
            } catch (IOException e) {
                reopenAfter(e);
            }
        }
    }

    private void answerAll(SamFrameDecoder decoder) throws IOException {
        while (true) {
            SamResponse answer;
            try {
                Optional<byte[]> request = decoder.next();
                if (request.isEmpty()) {
                    return;
                }
                answer = module.answer(request.get());
            } catch (SamProtocolException badRequest) {
                answer = module.answer(badRequest);
            }
            if (answering) {
                send(answer.toFrame());
            }
        }
    }

    private void send(byte[] frame) throws IOException {
        byte[] junk = junkBeforeAnswers;
        if (junk.length > 0) {
            deviceSide.write(junk);
        }
        int step = fragmentBytes;
        if (step == 0) {
            deviceSide.write(frame);
            return;
        }
        for (int from = 0; from < frame.length; from += step) {
            deviceSide.write(Arrays.copyOfRange(frame, from, Math.min(frame.length, from + step)));
            pause(1);
        }
    }

    /** The host side went away (pty closed, TCP client gone): wait a little and listen again. */
    private void reopenAfter(IOException e) {
        log.debug("SAM reader simulator: {}", e.getMessage());
        pause(POLL.toMillis());
        try {
            deviceSide.open();
        } catch (IOException again) {
            log.debug("SAM reader simulator cannot reopen: {}", again.getMessage());
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
