package kr.roundtable.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;

import kr.roundtable.model.RemarkDraft;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.storage.DataFolder;
import kr.roundtable.storage.Database;

/**
 * The child process of {@link CaptureCrashTest}: types and saves remarks through the real capture service as a
 * secretary would (the draft first, then Enter), printing an acknowledgement after each commit, until killed.
 */
public final class CrashWorker {
    private CrashWorker() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0]));
        folder.useForNativeLibraries();
        long meetingId = Long.parseLong(args[1]);
        int next = Integer.parseInt(args[2]);
        try (Database db = Database.open(folder.database())) {
            CaptureService capture = new CaptureService(Repositories.over(db), Clock.systemDefaultZone());
            System.out.println("ready");
            System.out.flush();
            for (int i = next; ; i++) {
                String text = "발언 " + i + " — 수출 인증 비용 지원을 건의합니다.";
                capture.saveDraft(new RemarkDraft(meetingId, null, null, RemarkKind.REQUEST, null, text,
                        LocalDateTime.now()));
                System.out.println("draft " + i);
                System.out.flush();
                capture.record(meetingId, null, null, RemarkKind.REQUEST, null, text);
                System.out.println("ack " + i);
                System.out.flush();
            }
        }
    }
}
