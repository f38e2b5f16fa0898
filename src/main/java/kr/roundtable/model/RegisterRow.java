package kr.roundtable.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of the follow-up register (건의사항 처리현황): a follow-up with the remark and meeting it came from. */
public record RegisterRow(long followUpId, String seriesName, Integer ordinal, LocalDate meetingDate,
                          String meetingTitle, String organization, String speaker, String category, String text,
                          String answer, Disposition disposition, String department, String owner, LocalDate due,
                          String dueText, FollowUpStatus status, String result, LocalDateTime updatedAt) {
}
