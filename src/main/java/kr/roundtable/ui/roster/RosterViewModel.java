package kr.roundtable.ui.roster;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.Organization;
import kr.roundtable.model.OrganizationKind;
import kr.roundtable.model.Person;
import kr.roundtable.model.PersonHistory;
import kr.roundtable.model.RosterEntry;
import kr.roundtable.model.Text;
import kr.roundtable.service.RosterService;
import kr.roundtable.ui.common.Background;
import kr.roundtable.ui.common.Messages;
import kr.roundtable.ui.common.UndoHistory;

/**
 * The roster screen: instant search (the newest query wins, results arrive off the FX thread), the person form,
 * the history of the selected person, delete with undo, merge, and the organizations list.
 */
public final class RosterViewModel {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private final RosterService roster;
    private final Background background;
    private final UndoHistory undo;
    private final I18n i18n;
    private final AtomicLong generation = new AtomicLong();

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<RosterEntry> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper resultInfo = new ReadOnlyStringWrapper("");
    private final ObjectProperty<RosterEntry> selected = new SimpleObjectProperty<>();
    private final ObservableList<PersonHistory.Participation> participations = FXCollections.observableArrayList();
    private final ObservableList<PersonHistory.RaisedRemark> remarks = FXCollections.observableArrayList();
    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();

    // the person form
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty organization = new SimpleStringProperty("");
    private final ObjectProperty<OrganizationKind> newOrganizationKind = new SimpleObjectProperty<>(OrganizationKind.OTHER);
    private final StringProperty department = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty editingNew = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public RosterViewModel(RosterService roster, Background background, UndoHistory undo, I18n i18n) {
        this.roster = roster;
        this.background = background;
        this.undo = undo;
        this.i18n = i18n;
        query.addListener((o, was, now) -> search());
        selected.addListener((o, was, now) -> show(now));
    }

    /** Runs the current query; a result that arrives after a newer query started is dropped. */
    public void search() {
        long mine = generation.incrementAndGet();
        String q = query.get();
        background.run(() -> roster.search(q), found -> {
            if (generation.get() == mine) {
                results.setAll(found.size() > RosterService.SEARCH_LIMIT
                        ? found.subList(0, RosterService.SEARCH_LIMIT) : found);
                resultInfo.set(found.size() > RosterService.SEARCH_LIMIT
                        ? i18n.text("roster.results.more", RosterService.SEARCH_LIMIT)
                        : i18n.text("roster.results", found.size()));
            }
        }, error -> resultInfo.set(Messages.of(error, i18n)));
    }

    public void loadOrganizations() {
        background.run(roster::organizations, organizations::setAll, error -> status.set(Messages.of(error, i18n)));
    }

    private void show(RosterEntry entry) {
        formError.set("");
        if (entry == null) {
            participations.clear();
            remarks.clear();
            return;
        }
        Person p = entry.person();
        editingNew.set(false);
        name.set(p.name());
        organization.set(orEmpty(entry.organizationName()));
        department.set(orEmpty(p.department()));
        title.set(orEmpty(p.title()));
        phone.set(orEmpty(p.phone()));
        email.set(orEmpty(p.email()));
        note.set(orEmpty(p.note()));
        long id = p.id();
        background.run(() -> roster.history(id), history -> {
            if (selected.get() != null && selected.get().person().id() == id) {
                participations.setAll(history.participations());
                remarks.setAll(history.remarks());
            }
        }, error -> status.set(Messages.of(error, i18n)));
    }

    /** Clears the form for a new person. */
    public void newPerson() {
        selected.set(null);
        editingNew.set(true);
        for (StringProperty field : List.of(name, organization, department, title, phone, email, note)) {
            field.set("");
        }
        formError.set("");
    }

    /** Saves the form; returns false and says why when something is wrong. */
    public boolean save() {
        if (Text.blankToNull(name.get()) == null) {
            formError.set(i18n.text("roster.error.nameRequired"));
            return false;
        }
        String mail = Text.blankToNull(email.get());
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            formError.set(i18n.text("roster.error.badEmail", mail));
            return false;
        }
        long id = editingNew.get() || selected.get() == null ? 0 : selected.get().person().id();
        Person current = selected.get() == null ? null : selected.get().person();
        Person person = new Person(id, name.get(), null, department.get(), title.get(),
                current == null ? null : current.rank(), phone.get(), mail, note.get(),
                current == null ? null : current.birthYear());
        try {
            RosterEntry saved = roster.save(person, organization.get(), newOrganizationKind.get());
            formError.set("");
            status.set(i18n.text("roster.saved", saved.person().name()));
            query.set(""); // show the saved person in the full list
            search();
            loadOrganizations();
            selected.set(saved);
            return true;
        } catch (RuntimeException e) {
            formError.set(Messages.of(e, i18n));
            return false;
        }
    }

    /** Deletes the selected person; Ctrl+Z brings them back. */
    public void deleteSelected() {
        RosterEntry entry = selected.get();
        if (entry == null) {
            return;
        }
        try {
            var taken = roster.delete(entry.person().id());
            undo.push(i18n.text("roster.undo.delete", entry.person().name()), taken, this::search);
            status.set(i18n.text("roster.deleted", entry.person().name()));
            selected.set(null);
            search();
        } catch (RuntimeException e) {
            status.set(Messages.of(e, i18n));
        }
    }

    /** Merges {@code drop} into {@code keep}. */
    public void merge(RosterEntry keep, RosterEntry drop) {
        try {
            RosterEntry merged = roster.merge(keep.person().id(), drop.person().id());
            status.set(i18n.text("roster.merged", merged.person().name()));
            search();
            selected.set(merged);
        } catch (RuntimeException e) {
            status.set(Messages.of(e, i18n));
        }
    }

    /** Saves an organization's name, kind and sector. */
    public String saveOrganization(Organization organization) {
        try {
            roster.saveOrganization(organization);
            loadOrganizations();
            search();
            return null;
        } catch (RuntimeException e) {
            return Messages.of(e, i18n);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<RosterEntry> results() {
        return results;
    }

    public ReadOnlyStringProperty resultInfoProperty() {
        return resultInfo.getReadOnlyProperty();
    }

    public ObjectProperty<RosterEntry> selectedProperty() {
        return selected;
    }

    public ObservableList<PersonHistory.Participation> participations() {
        return participations;
    }

    public ObservableList<PersonHistory.RaisedRemark> remarks() {
        return remarks;
    }

    public ObservableList<Organization> organizations() {
        return organizations;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty organizationProperty() {
        return organization;
    }

    public ObjectProperty<OrganizationKind> newOrganizationKindProperty() {
        return newOrganizationKind;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }
}
