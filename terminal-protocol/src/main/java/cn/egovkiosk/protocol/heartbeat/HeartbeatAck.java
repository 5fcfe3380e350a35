package cn.egovkiosk.protocol.heartbeat;

/**
 * The server's answer to a heartbeat.
 *
 * @param nextPollSeconds    when the terminal should poll next (already jittered by the server)
 * @param catalogContentHash content hash of the catalog version targeted at this terminal
 * @param catalogChanged     true when the terminal runs another catalog than the targeted one
 */
public record HeartbeatAck(int nextPollSeconds, String catalogContentHash, boolean catalogChanged) {
}
