/**
 * 80 mm receipt printers spoken to in ESC/POS (devices.md §2): {@link cn.egovkiosk.device.receipt.EscPosReceipt}
 * builds the bytes (GB18030 text in Chinese mode, alignment, bold, sizes, native QR model 2, CODE128, feed and cut;
 * raster images where the {@link cn.egovkiosk.device.receipt.ReceiptPrinterProfile} says the printer cannot),
 * {@link cn.egovkiosk.device.receipt.EscPosReceiptPrinter} sends them over serial or TCP 9100 after DLE EOT 1/2/4,
 * {@link cn.egovkiosk.device.receipt.CupsRawReceiptPrinter} through a raw CUPS queue.
 */
package cn.egovkiosk.device.receipt;
