package kr.roundtable.model;

/** 좌석배치 형태: 원탁, ㅁ자, ㄷ자, 마주보기, 강의식, 헤드테이블. */
public enum SeatingLayout implements Labelled {
    ROUND, HOLLOW_SQUARE, U_SHAPE, FACING, CLASSROOM, HEAD_TABLE
}
