package kr.roundtable.ui.followup;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.FollowUpStatus;
import kr.roundtable.model.RegisterFilter;
import kr.roundtable.ui.common.Fxml;
import kr.roundtable.ui.documents.DocumentExports;

/** 후속조치: the register of every meeting's follow-ups, filtered by status, department or overdue. */
public final class FollowUpsView {
    private final DocumentExports documents;
    private final I18n i18n;
    private final Parent root;

    @FXML private CheckBox planned;
    @FXML private CheckBox inProgress;
    @FXML private CheckBox done;
    @FXML private CheckBox notFeasible;
    @FXML private TextField department;
    @FXML private CheckBox overdue;

    public FollowUpsView(DocumentExports documents, I18n i18n) {
        this.documents = documents;
        this.i18n = i18n;
        this.root = Fxml.load(this, i18n);
    }

    public Parent root() {
        return root;
    }

    private Map<FollowUpStatus, CheckBox> boxes() {
        return Map.of(FollowUpStatus.PLANNED, planned, FollowUpStatus.IN_PROGRESS, inProgress, FollowUpStatus.DONE,
                done, FollowUpStatus.NOT_FEASIBLE, notFeasible);
    }

    @FXML
    private void initialize() {
        boxes().forEach((status, box) -> {
            box.setText(i18n.label(status));
            box.setSelected(true);
        });
    }

    /** The filter as the screen shows it (all statuses ticked means no status filter). */
    RegisterFilter filter() {
        Set<FollowUpStatus> statuses = EnumSet.noneOf(FollowUpStatus.class);
        boxes().forEach((status, box) -> {
            if (box.isSelected()) {
                statuses.add(status);
            }
        });
        return new RegisterFilter(null, null, statuses.size() == FollowUpStatus.values().length ? Set.of() : statuses,
                department.getText(), overdue.isSelected(), LocalDate.now());
    }

    @FXML
    private void export() {
        documents.exportRegister(root.getScene().getWindow(), i18n, filter());
    }
}
