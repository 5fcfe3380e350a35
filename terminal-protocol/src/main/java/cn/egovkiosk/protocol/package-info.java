/**
 * The wire contract between a kiosk and the admin server (terminal API v1): records, their JSON shape
 * ({@link cn.egovkiosk.protocol.ProtocolJson}) and fixture documents that tests on both sides read
 * ({@link cn.egovkiosk.protocol.ProtocolFixtures}). Plain Java, no Spring.
 */
package cn.egovkiosk.protocol;
