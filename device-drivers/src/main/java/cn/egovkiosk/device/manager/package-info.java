/**
 * The device manager: builds drivers from configuration ({@link cn.egovkiosk.device.manager.DeviceConfigs} reads a
 * properties file), checks every device on its own thread and schedule, publishes to the kiosk's
 * {@link cn.egovkiosk.device.status.DeviceStatusBoard}, passes card reads and scanned codes to
 * {@link cn.egovkiosk.device.manager.DeviceDataListener}s, and reconnects ports that went away and came back.
 */
package cn.egovkiosk.device.manager;
