/**
 * 80 mm receipt printers spoken to in ESC/POS (devices.md §2): {@link cn.egovkiosk.device.receipt.EscPosReceipt}
 * builds the bytes (GB18030 text in Chinese mode, native QR model 2, feed and cut) and
 * {@link cn.egovkiosk.device.receipt.EscPosReceiptPrinter} sends them after checking the paper sensor.
 */
package cn.egovkiosk.device.receipt;
