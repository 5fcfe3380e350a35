/** Terminals: bearer credentials, heartbeats and the fleet's live status. */
package cn.egovkiosk.admin.terminal;
