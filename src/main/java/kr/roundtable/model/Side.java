package kr.roundtable.model;

/** 참석자 구분: 정부측, 기업측, 유관기관, 전문가, 배석, 언론. */
public enum Side implements Labelled {
    GOVERNMENT, COMPANY, RELATED_AGENCY, EXPERT, STAFF, PRESS
}
