package kr.roundtable.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JosaTest {
    @ParameterizedTest
    @CsvSource({"과학기술정보통신부, 과학기술정보통신부는", "한국무역협회, 한국무역협회는", "박윤규 차관, 박윤규 차관은",
            "중소벤처기업부, 중소벤처기업부는", "산업통상자원부 장관, 산업통상자원부 장관은", "투자자 A, 투자자 A는",
            "3M, 3M은"})
    void topicParticleFollowsTheLastSound(String word, String expected) {
        assertEquals(expected, Josa.topic(word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"'제16차 디지털 국정과제 연속 현장 간담회'|'제16차 디지털 국정과제 연속 현장 간담회'를",
            "'2019년 제1차 정책협의회'|'2019년 제1차 정책협의회'를", "'수출 현장'|'수출 현장'을", "애로사항 청취|애로사항 청취를"})
    void objectParticleLooksInsideTheQuotes(String word, String expected) {
        assertEquals(expected, Josa.object(word));
    }
}
