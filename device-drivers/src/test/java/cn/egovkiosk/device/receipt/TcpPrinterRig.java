package cn.egovkiosk.device.receipt;

import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.transport.TcpClientTransport;
import cn.egovkiosk.device.transport.TcpServerTransport;
import java.io.IOException;
import java.util.function.Consumer;

/** For tests: a printer simulator on a loopback TCP port (a network printer's 9100) and the driver connected to it. */
record TcpPrinterRig(EscPosPrinterSimulator simulator, EscPosReceiptPrinter printer) implements AutoCloseable {

    static TcpPrinterRig start(Consumer<DeviceStatus> statusListener) throws IOException {
        TcpServerTransport server = new TcpServerTransport(0);
        server.open();
        EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(server);
        simulator.start();
        return new TcpPrinterRig(simulator, new EscPosReceiptPrinter("receipt-printer",
                new TcpClientTransport("127.0.0.1", server.localPort()), statusListener));
    }

    @Override
    public void close() throws IOException {
        printer.close();
        simulator.close();
    }
}
