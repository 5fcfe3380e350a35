/**
 * The status model shared by every device (after XFS4IoT's common status): {@code DeviceState}, {@code MediaState},
 * {@code DeviceStatus}, and the kiosk-wide {@link cn.egovkiosk.device.status.DeviceStatusBoard} whose immutable
 * snapshot heartbeats and the UI read.
 */
package cn.egovkiosk.device.status;
