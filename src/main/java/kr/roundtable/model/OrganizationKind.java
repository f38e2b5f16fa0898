package kr.roundtable.model;

/** 기관 구분. */
public enum OrganizationKind implements Labelled {
    MINISTRY, PUBLIC_INSTITUTION, LARGE_COMPANY, MIDSIZE_COMPANY, SME, STARTUP, ASSOCIATION, RESEARCH_INSTITUTE, UNIVERSITY, INVESTOR, FOREIGN, OTHER
}
