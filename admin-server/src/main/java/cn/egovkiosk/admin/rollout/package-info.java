/**
 * Staged rollout of a catalog version over ordered site groups: stage by stage, with adoption reported by heartbeats,
 * an automatic pause when too many of a stage's terminals fail to adopt within the deadline, resume and abort.
 */
package cn.egovkiosk.admin.rollout;
