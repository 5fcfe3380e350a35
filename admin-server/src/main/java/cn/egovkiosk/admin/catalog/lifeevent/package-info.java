/**
 * 一件事 packages and the life events (themes) that group them, as administrators edit them: into the draft, checked
 * by {@link cn.egovkiosk.admin.catalog.lifeevent.LifeEventRules}, audited, and seen by terminals after publishing.
 */
package cn.egovkiosk.admin.catalog.lifeevent;
