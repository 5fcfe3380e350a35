/**
 * Enrollment: a kiosk exchanges a one-time enrollment code, typed in by the technician who installs it, for its
 * terminal id and bearer credential; later it may rotate that credential.
 */
package cn.egovkiosk.protocol.enrollment;
