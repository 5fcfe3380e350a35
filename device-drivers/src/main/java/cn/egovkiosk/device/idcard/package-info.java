/**
 * Identity-card readers. {@link cn.egovkiosk.device.idcard.SamIdCardReader} drives a resident-ID reader module over
 * the SAM serial protocol (GA 467 style, devices.md §1): the frame codec ({@code SamFrames}, {@code SamFrameDecoder},
 * {@code SamResponse}), the command and status tables, the 256-byte text block of resident cards, HK/Macau/Taiwan
 * permits and foreign permanent-resident cards, and the GB 11643 check of ID numbers. Card data never reaches a log or
 * an exception message.
 */
package cn.egovkiosk.device.idcard;
