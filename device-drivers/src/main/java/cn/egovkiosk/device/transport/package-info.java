/**
 * Byte transports a driver or simulator runs over: serial ports and pty links (jSerialComm), TCP client and
 * one-client-at-a-time TCP server, {@code Transports.forPort} for configured port specs, and {@code PtyPair} for a
 * socat null-modem pair.
 */
package cn.egovkiosk.device.transport;
