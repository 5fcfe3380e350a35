package cn.egovkiosk.device.simulator;

import cn.egovkiosk.device.idcard.SamCommand;
import cn.egovkiosk.device.idcard.SamProtocolException;
import cn.egovkiosk.device.idcard.SamResponse;
import cn.egovkiosk.device.idcard.SamStatus;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * What a SAM module answers (devices.md §1.6), given the card in its field. Like a real module it answers "no card"
 * to find after a successful read until the card has left the field and come back.
 */
final class SamCardModule {

    /** A fixed SAM management number: type 5, 00, then three little-endian serial parts. */
    private static final byte[] SAM_ID = {5, 0, 0, 0, 1, 0, 0, 0, 0x39, 0x30, 0, 0, (byte) 0xD2, 0x04, 0, 0};

    private SimulatedCard card;
    private boolean found;
    private boolean selected;
    private boolean readDone;
    private int readsToFail;
    private boolean selfTestFailed;
    private boolean keepFindingReadCards;
    private int resets;

    synchronized void present(SimulatedCard newCard) {
        card = newCard;
        found = false;
        selected = false;
        readDone = false;
    }

    synchronized void remove() {
        present(null);
    }

    synchronized boolean cardInField() {
        return card != null;
    }

    synchronized void failNextReads(int count) {
        readsToFail = count;
    }

    synchronized void keepFindingReadCards(boolean keepFinding) {
        keepFindingReadCards = keepFinding;
    }

    synchronized int resets() {
        return resets;
    }

    synchronized void failSelfTest(boolean failed) {
        selfTestFailed = failed;
    }

    synchronized SamResponse answer(byte[] requestBody) {
        Optional<SamCommand> command = SamCommand.of(requestBody);
        if (command.isEmpty()) {
            return status(SamStatus.COMMAND_ERROR);
        }
        return switch (command.get()) {
            case FIND -> find();
            case SELECT -> select();
            case READ -> read(false);
            case READ_WITH_FINGERPRINT -> read(true);
            case APPENDED_ADDRESS -> appendedAddress();
            case STATUS -> status(selfTestFailed ? SamStatus.SAM_SELF_TEST_FAILED : SamStatus.SUCCESS);
            case SAM_ID -> SamResponse.of(SamStatus.SUCCESS, SAM_ID);
            case RESET -> reset();
        };
    }

    /** A module answers a damaged request with 10 (checksum) or 11 (length). */
    SamResponse answer(SamProtocolException badRequest) {
        return status(badRequest.reason() == SamProtocolException.Reason.BAD_CHECKSUM
                ? SamStatus.HOST_CHECKSUM_ERROR : SamStatus.HOST_LENGTH_ERROR);
    }

    private SamResponse find() {
        selected = false;
        if (card == null || readDone && !keepFindingReadCards) {
            found = false;
            return status(SamStatus.NO_CARD);
        }
        found = true;
        return SamResponse.of(SamStatus.CARD_FOUND, new byte[4]);
    }

    private SamResponse select() {
        if (card == null || !found) {
            return status(SamStatus.SELECT_FAILED);
        }
        selected = true;
        return SamResponse.of(SamStatus.SUCCESS, new byte[8]);
    }

    /** {@code 30 01}: lengths of text and photo; {@code 30 10}: also of the fingerprints, which follow (§1.7). */
    private SamResponse read(boolean withFingerprints) {
        if (card == null || !selected) {
            return status(SamStatus.READ_FAILED);
        }
        selected = false;
        if (readsToFail > 0) {
            readsToFail--;
            return status(SamStatus.READ_FAILED);
        }
        readDone = true;
        byte[] text = card.textBlock();
        byte[] photo = card.photo();
        byte[] fingerprints = withFingerprints ? card.fingerprints() : new byte[0];
        int header = withFingerprints ? 6 : 4;
        ByteBuffer data = ByteBuffer.allocate(header + text.length + photo.length + fingerprints.length)
                .putShort((short) text.length).putShort((short) photo.length);
        if (withFingerprints) {
            data.putShort((short) fingerprints.length);
        }
        data.put(text).put(photo).put(fingerprints);
        return SamResponse.of(SamStatus.SUCCESS, data.array());
    }

    /** Right after a read of the same card: the appended-address file, or 91 when the card has none. */
    private SamResponse appendedAddress() {
        if (card == null || !readDone) {
            return status(SamStatus.READ_FAILED);
        }
        byte[] entries = card.appendedAddresses();
        return entries.length == 0 ? status(SamStatus.NO_CONTENT) : SamResponse.of(SamStatus.SUCCESS, entries);
    }

    private SamResponse reset() {
        resets++;
        found = false;
        selected = false;
        return status(SamStatus.SUCCESS);
    }

    private static SamResponse status(SamStatus status) {
        return SamResponse.of(status, new byte[0]);
    }
}
