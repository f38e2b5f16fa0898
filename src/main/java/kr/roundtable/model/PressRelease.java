package kr.roundtable.model;

import java.util.List;

/** A press release draft (보도자료 초안): its parts as sentences ready for the page. */
public record PressRelease(String headline, String subtitle, String dateAndVenue, String lead, List<String> topics,
                           List<String> paragraphs, String caption) {
    public PressRelease {
        topics = List.copyOf(topics);
        paragraphs = List.copyOf(paragraphs);
    }
}
