package kr.roundtable.testutil;

import java.nio.file.Path;
import java.time.Clock;

import kr.roundtable.service.CaptureService;
import kr.roundtable.service.ExportService;
import kr.roundtable.service.FollowUpService;
import kr.roundtable.service.MeetingService;
import kr.roundtable.service.MinutesService;
import kr.roundtable.service.Repositories;
import kr.roundtable.service.SeatingService;

/** The export service wired as the app wires it, over a test database. */
public final class TestExports {
    private TestExports() {
    }

    /** {@code templates} is the user's template folder, or null for none. */
    public static ExportService over(Repositories repos, Path templates) {
        return new ExportService(new MeetingService(repos), new SeatingService(repos), new FollowUpService(repos),
                new MinutesService(repos, new CaptureService(repos, Clock.systemDefaultZone())), templates);
    }
}
