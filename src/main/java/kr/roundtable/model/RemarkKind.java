package kr.roundtable.model;

/** 발언 종류. 답변(ANSWER)은 다른 발언에 대한 정부측 답변이다. */
public enum RemarkKind implements Labelled {
    DIFFICULTY, REQUEST, PROPOSAL, QUESTION, OPINION, ANSWER
}
