package cn.egovkiosk.kiosk.maintenance;

import java.io.PrintStream;

/**
 * Makes the value of {@code kiosk.maintenance.pin-hash} for a new technician PIN:
 * {@code java -cp kiosk-ui-exec.jar -Dloader.main=cn.egovkiosk.kiosk.maintenance.PinHashTool
 * org.springframework.boot.loader.launch.PropertiesLauncher 135790}.
 */
public final class PinHashTool {

    private PinHashTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || !args[0].matches("\\d{6,12}")) {
            err.println("usage: PinHashTool <PIN of 6 to 12 digits>");
            return 2;
        }
        out.println(TechnicianPin.hash(args[0].toCharArray()));
        return 0;
    }
}
