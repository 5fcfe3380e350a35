/** Masking rules for personal data shown to people. */
package cn.egovkiosk.protocol.privacy;
