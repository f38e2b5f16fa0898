package kr.roundtable.ui.seating;

import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Rectangle;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.SeatingGeometry;

/**
 * A seating plan drawn to scale: tables, numbered seats with who sits there, the head side and the door. Used large
 * in the seating screen and small in the live console.
 */
public final class SeatMap extends Pane {
    private final Group content = new Group();
    private final double seatRadius;

    /** What a seat shows: its occupant's name and a second line, or null for an empty seat. */
    public interface Occupant {
        String name();

        String detail();
    }

    public SeatMap(double seatRadius) {
        this.seatRadius = seatRadius;
        getChildren().add(content);
        getStyleClass().add("seat-map");
        widthProperty().addListener((o, was, now) -> fit());
        heightProperty().addListener((o, was, now) -> fit());
    }

    private void fit() {
        double scale = Math.min(getWidth() / SeatingGeometry.WIDTH, getHeight() / SeatingGeometry.HEIGHT);
        if (scale > 0) {
            content.setScaleX(scale);
            content.setScaleY(scale);
            content.setLayoutX((getWidth() - SeatingGeometry.WIDTH) / 2);
            content.setLayoutY((getHeight() - SeatingGeometry.HEIGHT) / 2);
        }
    }

    /** Draws the plan; {@code onSeat} is called with the seat number when a seat is clicked. */
    public void draw(SeatingGeometry.Plan plan, IntFunction<Occupant> occupants, I18n i18n, IntConsumer onSeat,
                     SeatDecorator decorator) {
        content.getChildren().clear();
        Rectangle room = new Rectangle(0, 0, SeatingGeometry.WIDTH, SeatingGeometry.HEIGHT);
        room.getStyleClass().add("seat-room");
        content.getChildren().add(room);
        for (SeatingGeometry.Table t : plan.tables()) {
            if (t.round()) {
                Ellipse e = new Ellipse(t.x() + t.width() / 2, t.y() + t.height() / 2, t.width() / 2, t.height() / 2);
                e.getStyleClass().add("seat-table");
                content.getChildren().add(e);
            } else {
                Rectangle r = new Rectangle(t.x(), t.y(), t.width(), t.height());
                r.getStyleClass().add("seat-table");
                content.getChildren().add(r);
            }
        }
        Label front = new Label(i18n.text("seating.front"));
        front.getStyleClass().add("seat-marker");
        front.setLayoutX(440);
        front.setLayoutY(8);
        Label door = new Label(i18n.text("seating.door"));
        door.getStyleClass().add("seat-marker");
        door.setLayoutX(plan.doorX() - 40);
        door.setLayoutY(plan.doorY() - 10);
        content.getChildren().addAll(front, door);
        for (SeatingGeometry.Spot spot : plan.seats()) {
            Occupant who = occupants.apply(spot.number());
            Circle circle = new Circle(seatRadius);
            circle.getStyleClass().addAll("seat", who == null ? "seat-empty" : "seat-taken");
            if (spot.group() == SeatingGeometry.Group.HEAD) {
                circle.getStyleClass().add("seat-head");
            }
            Label number = new Label(String.valueOf(spot.number()));
            number.getStyleClass().add("seat-number");
            VBox text = new VBox(-1, number);
            text.setAlignment(Pos.CENTER);
            if (who != null) {
                Label name = new Label(who.name());
                name.getStyleClass().add("seat-name");
                text.getChildren().add(name);
                if (seatRadius >= 30 && who.detail() != null) {
                    Label detail = new Label(who.detail());
                    detail.getStyleClass().add("seat-detail");
                    detail.setMaxWidth(seatRadius * 2.6);
                    text.getChildren().add(detail);
                }
            }
            StackPane seat = new StackPane(circle, text);
            seat.setId("seat-" + spot.number());
            seat.getStyleClass().add("seat-node");
            seat.setLayoutX(spot.x() - seatRadius * 1.3);
            seat.setLayoutY(spot.y() - seatRadius);
            seat.setPrefSize(seatRadius * 2.6, seatRadius * 2);
            seat.setOnMouseClicked(e -> onSeat.accept(spot.number()));
            if (decorator != null) {
                decorator.decorate(seat, spot.number());
            }
            content.getChildren().add(seat);
        }
        fit();
    }

    /** Adds behaviour (drag and drop) to a seat node. */
    @FunctionalInterface
    public interface SeatDecorator {
        void decorate(StackPane seat, int number);
    }
}
