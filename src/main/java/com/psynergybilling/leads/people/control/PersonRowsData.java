package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.people.entity.Pieces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@link PersonalData} holder whose data is just {@link PersonRows}: the access report (R18) gets one
 * fact of one kind per row, erasure (R20) removes the rows outright, and the entity it covers is the
 * rows' own type. Written once, so no such holder can export one set of rows and erase another; a
 * holder says only what it holds, what a row's fact says, and when the row arose.
 */
public abstract class PersonRowsData<T> implements PersonalData {

    @PersistenceContext
    protected EntityManager em;

    private final Holding holding;
    private final String kind;
    private final PersonRows<T> rows;
    private final Function<T, Instant> at;

    /**
     * {@code holding}'s name is the holder each fact names; {@code kind} is the facts' kind, and
     * {@code at} says when a row arose: the time of its fact.
     */
    protected PersonRowsData(Holding holding, String kind, PersonRows<T> rows, Function<T, Instant> at) {
        this.holding = holding;
        this.kind = kind;
        this.rows = rows;
        this.at = at;
    }

    /** What the row's fact says. */
    protected abstract Map<String, ?> data(T row);

    /**
     * Whether the report lists the row: every row still held, however old (the default); a holder of
     * events lists only those since {@code since}.
     */
    protected boolean reported(T row, Instant since) {
        return true;
    }

    @Override
    public Holding describe() {
        return holding;
    }

    @Override
    public List<Piece> export(DataSubject subject, Instant since) {
        var pieces = new ArrayList<Piece>();
        for (T row : rows.of(em, subject)) {
            if (reported(row, since)) {
                pieces.add(Pieces.fact(holding.name(), kind, at.apply(row), data(row)));
            }
        }
        return pieces;
    }

    @Override
    public int erase(DataSubject subject, Instant now) {
        return rows.remove(em, subject);
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(rows.type());
    }
}
