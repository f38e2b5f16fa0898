package kr.roundtable.model;

/** 참석 여부: 초청, 참석확정, 불참, 참석, 대리참석. */
public enum Attendance implements Labelled {
    INVITED, CONFIRMED, DECLINED, PRESENT, SUBSTITUTE
}
