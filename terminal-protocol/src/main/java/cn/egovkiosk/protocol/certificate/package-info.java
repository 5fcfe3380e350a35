/** Certificates (证明) the server issues and signs with Ed25519, and the keys to check them. */
package cn.egovkiosk.protocol.certificate;
