/**
 * The technician's command line ({@link cn.egovkiosk.device.cli.TechnicianCli}, the {@code -cli} jar): list ports,
 * probe a port, read a card (masked), scan a code, check a kiosk configuration, and play a simulated device for
 * practice. Port problems are explained with what to do about them.
 */
package cn.egovkiosk.device.cli;
