package com.psynergybilling.leads.audit.control;

import com.psynergybilling.leads.audit.entity.AuditEntry;
import com.psynergybilling.leads.audit.entity.AuditEntryView;
import com.psynergybilling.leads.audit.entity.AuditFilter;
import com.psynergybilling.leads.audit.entity.AuditPage;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.FilteredQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The privacy officer's search of the log, newest first. It answers with what the log holds and
 * nothing more: whose is the keyed hash, so asking about an address means hashing it the way the
 * entries were written. Each search is itself an entry (R26): looking up a person in the log is a
 * read about that person, recorded as theirs only when it found entries about them.
 */
@ApplicationScoped
public class AuditSearch {

    static final String ACTION = "READ_AUDIT_LOG";
    static final String PURPOSE = "REQUIRED_BY_LAW";

    @PersistenceContext
    EntityManager em;

    @Inject
    DoNotContactList hashes;

    @Inject
    AuditLog log;

    /** The keyed hash under which the log knows {@code address}: as every stored hash is made. */
    public String subjectOf(EmailAddress address) {
        return hashes.hash(address);
    }

    /** The subjects a typed address was audited under; empty when {@code email} is no address. */
    public Optional<List<String>> subjectsOf(String email) {
        return EmailAddress.isValid(email) ? Optional.of(subjectsOf(EmailAddress.of(email))) : Optional.empty();
    }

    /** Every hash under which the log may know {@code address}: one per key of the ring, the current first. */
    public List<String> subjectsOf(EmailAddress address) {
        return hashes.hashes(address);
    }

    /** Up to {@code limit} entries matching {@code filter}, audited as one read by {@code reader}. */
    public AuditPage page(AuditFilter filter, int limit, String reader) {
        var found = find(filter, limit + 1);
        var items = found.stream().limit(limit).map(AuditEntryView::of).toList();
        String next = found.size() > limit ? Long.toString(found.get(limit - 1).seq()) : null;
        // A search that found nobody read nobody's data; naming whose it asked about would write
        // back the hash of a person who was erased (R20).
        log.append(new Audited(reader, ACTION, items.isEmpty() ? null : filter.subject(), PURPOSE, "audit search: " + items.size()
                + " entries" + (filter.actor() == null ? "" : ", by one actor")
                + (filter.since() == null ? "" : ", since " + filter.since())));
        return new AuditPage(items, next);
    }

    List<AuditEntry> find(AuditFilter filter, int max) {
        return new FilteredQuery("select e from AuditEntry e")
                .and("e.subject in :subjects", "subjects", filter.subjects().isEmpty() ? null : filter.subjects())
                .and("e.actor = :actor", "actor", filter.actor())
                .and("e.at >= :since", "since", filter.since())
                .and("e.seq < :before", "before", filter.beforeSeq())
                .list(em, AuditEntry.class, "e.seq desc", max);
    }
}
