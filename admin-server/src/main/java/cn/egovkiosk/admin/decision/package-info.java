/**
 * 秒批 (instant approval): rules per item ({@link cn.egovkiosk.admin.decision.InstantRuleBook}) evaluated at intake
 * against the ID card and shared data, and the decision and certificates the intake returns and keeps
 * ({@link cn.egovkiosk.admin.decision.InstantOutcomes}).
 */
package cn.egovkiosk.admin.decision;
