/**
 * Code scanners (XFS4IoT BarcodeReader, devices.md §3): {@link cn.egovkiosk.device.scanner.SerialCodeScanner} for
 * scanners that send each code as a line (configurable prefix, suffix and terminator; continuous, or triggered with
 * Honeywell's {@code SYN T CR} / {@code SYN U CR}; UTF-8 with a GB18030 fallback),
 * {@link cn.egovkiosk.device.scanner.CameraFrameDecoder} for JPEG/PNG camera frames (ZXing), and
 * {@link cn.egovkiosk.device.scanner.CodeScannerSimulator} for the device end of a cable. Codes are opaque tokens:
 * they are never logged, only their lengths.
 */
package cn.egovkiosk.device.scanner;
