package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.scanner.CodeScannerSimulator;
import cn.egovkiosk.device.simulator.DocumentPrinterSimulator;
import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.simulator.PrintedDocument;
import cn.egovkiosk.device.simulator.PrintedReceipt;
import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.kiosk.support.KioskProperties;
import com.vaadin.flow.shared.Registration;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode ({@code kiosk.devices.simulated=true}): the device-drivers simulators run in this process at the far end
 * of virtual cables, and the real drivers talk to them. A device with an explicitly configured port gets no simulator.
 */
public class SimulatedDevices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatedDevices.class);

    private final List<Closeable> parts = new ArrayList<>();
    private final List<Consumer<PrintedReceipt>> receiptListeners = new CopyOnWriteArrayList<>();
    private SamReaderSimulator reader;
    private EscPosPrinterSimulator printer;
    private CodeScannerSimulator scanner;
    private String scannerPort;
    private final Path dataDir;
    private volatile DocumentPrinterSimulator documentPrinter;
    private final List<Consumer<PrintedDocument>> documentListeners = new CopyOnWriteArrayList<>();
    private String readerPort;
    private String printerPort;

    SimulatedDevices(KioskProperties properties, CodeScannerProperties scannerProperties) {
        KioskProperties.Devices devices = properties.devices();
        Path dir = properties.dataDir().resolve("simulated-devices");
        this.dataDir = properties.dataDir();
        try {
            if (!devices.idReader().configured()) {
                SimulatedLine line = open(dir, KioskDevices.ID_READER, devices.idReader().baud());
                reader = started(new SamReaderSimulator(line.deviceSide()));
                reader.start();
                readerPort = line.hostPort();
            }
            if (!devices.receiptPrinter().configured()) {
                SimulatedLine line = open(dir, KioskDevices.RECEIPT_PRINTER, devices.receiptPrinter().baud());
                printer = started(new EscPosPrinterSimulator(line.deviceSide()));
                printer.addListener(receipt -> receiptListeners.forEach(listener -> listener.accept(receipt)));
                printer.start();
                printerPort = line.hostPort();
            }
            if (!scannerProperties.configured()) {
                SimulatedLine line = open(dir, KioskDevices.CODE_SCANNER, scannerProperties.baud());
                scanner = started(new CodeScannerSimulator(line.deviceSide(), scannerProperties.settings()));
                scanner.start();
                scannerPort = line.hostPort();
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot start the simulated devices", e);
        }
        log.info("demo mode: simulated ID card reader at {}, receipt printer at {}, code scanner at {}", readerPort,
                printerPort, scannerPort);
    }

    /** The port spec the reader driver should use, when the reader is simulated. */
    Optional<String> readerPort() {
        return Optional.ofNullable(readerPort);
    }

    Optional<String> printerPort() {
        return Optional.ofNullable(printerPort);
    }

    Optional<String> scannerPort() {
        return Optional.ofNullable(scannerPort);
    }

    /** The simulated code scanner residents show their e-ID code to, when the scanner is simulated. */
    public Optional<CodeScannerSimulator> scanner() {
        return Optional.ofNullable(scanner);
    }

    public Optional<SamReaderSimulator> reader() {
        return Optional.ofNullable(reader);
    }

    public Optional<EscPosPrinterSimulator> printer() {
        return Optional.ofNullable(printer);
    }

    /**
     * Starts the simulated A4 printer (demo mode without a configured CUPS queue); it keeps what it printed in
     * {@code <data-dir>/printed-documents}.
     */
    synchronized DocumentPrinterSimulator startDocumentPrinter(Duration pageTime) {
        if (documentPrinter == null) {
            documentPrinter = new DocumentPrinterSimulator(DocumentPrinterSlot.NAME,
                    dataDir.resolve("printed-documents"), pageTime, status -> { });
            documentPrinter.addListener(document -> documentListeners.forEach(listener -> listener.accept(document)));
        }
        return documentPrinter;
    }

    /** Called on the A4 printer's thread for every document the simulated A4 printer finished. */
    public Registration onDocument(Consumer<PrintedDocument> listener) {
        documentListeners.add(listener);
        return () -> documentListeners.remove(listener);
    }

    /** The simulated A4 printer, when the kiosk uses one. */
    public Optional<DocumentPrinterSimulator> documentPrinter() {
        return Optional.ofNullable(documentPrinter);
    }

    /** Receipts the simulated printer received, oldest first. */
    public List<PrintedReceipt> receipts() {
        return printer == null ? List.of() : printer.receipts();
    }

    /** Called on the simulator's thread for every receipt the simulated printer cuts. */
    public Registration onReceipt(Consumer<PrintedReceipt> listener) {
        receiptListeners.add(listener);
        return () -> receiptListeners.remove(listener);
    }

    /** The demo cards: the device-drivers sample, a second valid resident, and one with a wrong check digit. */
    public static List<SimulatedCard> demoCards() {
        return List.of(SimulatedCard.sample(),
                SimulatedCard.resident("李小梅", "2", "01", LocalDate.of(1990, 5, 15), "福建省厦门市思明区演武路8号",
                        "35020319900515123X", "厦门市公安局思明分局", LocalDate.of(2015, 6, 1), LocalDate.of(2035, 6, 1)),
                SimulatedCard.resident("王五", "1", "01", LocalDate.of(1985, 11, 20), "广东省深圳市福田区福华路1号",
                        "440304198511204568", "深圳市公安局福田分局", LocalDate.of(2012, 3, 1), null));
    }

    @Override
    public void close() {
        for (Closeable part : parts.reversed()) {
            try {
                part.close();
            } catch (IOException | RuntimeException e) {
                log.warn("demo mode: closing a simulated device failed: {}", e.getClass().getName());
            }
        }
        parts.clear();
    }

    private SimulatedLine open(Path dir, String name, int baud) throws IOException {
        SimulatedLine line = SimulatedLine.open(dir, name, baud);
        parts.add(line.cable());
        return line;
    }

    private <T extends Closeable> T started(T simulator) {
        parts.add(simulator);
        return simulator;
    }
}
