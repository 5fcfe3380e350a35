/**
 * Data sharing (数据共享) for 秒批 rules and 免证办 certificates: {@link cn.egovkiosk.admin.sharing.SharedDataSource}
 * fetches a resident's record by ID number for a stated purpose, {@link cn.egovkiosk.admin.sharing.DataSharing}
 * refuses any source the resident did not consent to and records every access with its consent
 * ({@link cn.egovkiosk.admin.sharing.DataAccessLog}). The demo runs on a deterministic simulator.
 */
package cn.egovkiosk.admin.sharing;
