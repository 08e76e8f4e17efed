package com.psynergybilling.leads.audit.control;

import com.psynergybilling.leads.audit.entity.AuditEntry;
import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.people.entity.Pieces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * The audit log in the registry of personal data. An entry knows whose data it was about only by
 * the keyed hash of the address, and its detail holds ids and counts, never personal data. Erasure
 * forgets whose the person's entries are (R20): the chain covers a salted digest of the hash, not the
 * hash, so it stays verifiable (R26) and the entries lead to nobody. An access report lists what was
 * done with the person's data.
 */
@ApplicationScoped
public class AuditData implements PersonalData {

    static final String HOLDER = "audit";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog log;

    @Override
    public Holding describe() {
        return new Holding(HOLDER, Set.of("BASIC_IDENTIFIERS"), Set.of("AUDIT_LOG"), Set.of("SECURITY",
                "REQUIRED_BY_LAW"), Set.of());
    }

    @Override
    public List<Piece> export(DataSubject subject, Instant since) {
        var pieces = new ArrayList<Piece>();
        em.createQuery("select e from AuditEntry e where e.subject in :hashes and e.at >= :since order by e.seq",
                        AuditEntry.class)
                .setParameter("hashes", subject.addressHashes()).setParameter("since", since)
                .getResultStream().forEach(entry -> {
                    var data = new LinkedHashMap<String, Object>();
                    // What was done and why; not which member of staff did it: that is theirs, not the person's.
                    data.put("action", entry.action());
                    data.put("purpose", entry.purpose());
                    pieces.add(Pieces.fact(HOLDER, "AUDIT_ENTRY", entry.at(), data));
                });
        return pieces;
    }

    @Override
    public int erase(DataSubject subject, Instant now) {
        return log.forget(subject.addressHashes());
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(AuditEntry.class);
    }
}
