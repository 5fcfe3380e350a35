/** Heartbeats: a terminal's running versions, device status and outbox depth, and the server's answer. */
package cn.egovkiosk.protocol.heartbeat;
