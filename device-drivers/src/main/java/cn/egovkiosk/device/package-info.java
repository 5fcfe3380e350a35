/**
 * Kiosk device adapters and their simulators: one interface per device class (after CEN/XFS4IoT and UnifiedPOS), real
 * protocol code over swappable byte transports (serial port, TCP, a test pipe), and simulators that speak the same
 * wire protocol from the other end. No Spring, no UI.
 */
package cn.egovkiosk.device;
