package kr.roundtable.ui.main;

/** The areas of the main window's navigation. */
public enum Page {
    MEETINGS, PEOPLE, FOLLOW_UPS, SEARCH
}
