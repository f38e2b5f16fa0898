package kr.roundtable.model;

import java.util.List;

/**
 * What the minutes (회의록) of a public body's meeting say, as text ready for the page: 회의명, 개최기관, 일시, 장소,
 * 주재, 참석자·배석자, 진행순서, 주요 논의내용 per agenda item, 건의사항 및 답변, 결정사항, 향후 조치계획, 작성자, 작성일.
 */
public record Minutes(String title, String hosts, String when, String venue, String chair, String attendees,
                      String staff, String absent, String order, List<Item> items, List<Request> requests,
                      String decisions, List<Action> actions, String writer, String writtenOn) {
    public Minutes {
        items = List.copyOf(items);
        requests = List.copyOf(requests);
        actions = List.copyOf(actions);
    }

    /** 주요 논의내용 of one agenda item: its title and the gist of what was said (발언요지). */
    public record Item(String title, String summary) {
    }

    /** A row of 건의사항 및 답변. */
    public record Request(String no, String speaker, String text, String answer, String disposition) {
    }

    /** A row of 향후 조치계획. */
    public record Action(String no, String action, String department, String owner, String due, String status) {
    }
}
