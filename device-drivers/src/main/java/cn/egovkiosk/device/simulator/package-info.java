/**
 * Device simulators that speak the real wire protocols from the device end of a transport (a socat pty pair, or a
 * loopback socket where socat is missing): a SAM resident-ID reader module with cards to present and faults to
 * inject, an ESC/POS receipt printer that decodes what it is sent, and an A4 document printer that takes PDF jobs like a
 * CUPS queue (offline and paper-out switchable) and keeps what it printed. Used by tests, the demo mode and technicians.
 */
package cn.egovkiosk.device.simulator;
