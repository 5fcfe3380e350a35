package cn.egovkiosk.admin.statistics;

/** What applications are counted by. */
public enum Dimension {
    ITEM, DEPARTMENT, TERMINAL, DAY
}
