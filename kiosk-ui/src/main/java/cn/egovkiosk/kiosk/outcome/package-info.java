/**
 * What follows a submission on the done screen: the server's full answer ({@link
 * cn.egovkiosk.kiosk.outcome.Acknowledgements}, memory only) and the 秒批 decision ({@link
 * cn.egovkiosk.kiosk.outcome.DecisionPanel}).
 */
package cn.egovkiosk.kiosk.outcome;
