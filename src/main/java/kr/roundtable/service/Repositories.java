package kr.roundtable.service;

import kr.roundtable.storage.CategoryRepository;
import kr.roundtable.storage.Database;
import kr.roundtable.storage.FollowUpRepository;
import kr.roundtable.storage.MeetingRepository;
import kr.roundtable.storage.OrganizationRepository;
import kr.roundtable.storage.PersonRepository;
import kr.roundtable.storage.RemarkRepository;
import kr.roundtable.storage.SeatingPlanRepository;
import kr.roundtable.storage.SeriesRepository;
import kr.roundtable.storage.SettingsRepository;

/** The repositories over one database, built once in the composition root and shared by the services. */
public record Repositories(Database db, OrganizationRepository organizations, PersonRepository people,
                           SeriesRepository series, MeetingRepository meetings, CategoryRepository categories,
                           RemarkRepository remarks, FollowUpRepository followUps, SeatingPlanRepository seating,
                           SettingsRepository settings) {
    public static Repositories over(Database db) {
        return new Repositories(db, new OrganizationRepository(db), new PersonRepository(db),
                new SeriesRepository(db), new MeetingRepository(db), new CategoryRepository(db),
                new RemarkRepository(db), new FollowUpRepository(db), new SeatingPlanRepository(db),
                new SettingsRepository(db));
    }
}
