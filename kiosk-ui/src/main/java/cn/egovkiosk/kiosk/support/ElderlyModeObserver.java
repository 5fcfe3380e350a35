package cn.egovkiosk.kiosk.support;

/** A screen that lays itself out differently in elderly mode (e.g. fewer tiles per page) beyond what CSS does. */
public interface ElderlyModeObserver {

    /** Called with the UI locked after the resident switched elderly mode. */
    void elderlyModeChanged(boolean on);
}
