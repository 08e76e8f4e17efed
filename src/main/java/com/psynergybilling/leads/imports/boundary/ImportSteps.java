package com.psynergybilling.leads.imports.boundary;

import com.psynergybilling.leads.platform.control.NewestFirst;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.imports.control.ImportProgress;
import com.psynergybilling.leads.imports.control.LeadWriter;
import com.psynergybilling.leads.imports.control.SuppressionWriter;
import com.psynergybilling.leads.imports.entity.Import;
import com.psynergybilling.leads.imports.entity.ImportKind;
import com.psynergybilling.leads.imports.entity.LineError;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import com.psynergybilling.leads.platform.control.ProblemException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The transactions of an import: its start, each chunk of rows with its progress, its end, its audit entry. */
@ApplicationScoped
public class ImportSteps {

    /** What a post of a file became: a new import, one resumed, or a repeat of one (its result as it stands). */
    public record Begun(Import imported, boolean run) {
    }

    /** A chunk the database refused; carries the SQLState only, since a message can quote a row's values. */
    public static class ChunkRefused extends RuntimeException {
        public ChunkRefused(SQLException cause) {
            super("SQLState " + cause.getSQLState(), null, false, false);
        }
    }

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    LeadWriter leads;

    @Inject
    SuppressionWriter suppressions;

    @Inject
    Event<Audited> audit;

    public Optional<Import> find(String id) {
        return Optional.ofNullable(em.find(Import.class, id));
    }

    /** Up to {@code limit} imports after the cursor (null: from the newest), newest first. */
    public List<Import> page(String cursor, int limit) {
        return NewestFirst.page(em, Import.class, cursor, limit);
    }

    public Optional<Import> find(ImportKind kind, String digest) {
        return em.createQuery("select i from Import i where i.kind = :kind and i.digest = :digest", Import.class)
                .setParameter("kind", kind).setParameter("digest", digest).getResultStream().findFirst();
    }

    /**
     * The import of this file, known by its digest: a new one, or the earlier one, resumed when it
     * failed or its node went quiet since {@code quietSince}, else as it stands.
     */
    @Transactional
    public Begun begin(ImportKind kind, String digest, Supplier<Import> fresh, Instant quietSince,
                       java.util.function.Predicate<Import> sameDeclaration) {
        var earlier = find(kind, digest);
        if (earlier.isPresent()) {
            var found = earlier.get();
            if (!sameDeclaration.test(found)) {
                throw ProblemException.conflict("This file was imported "
                        + "before (import " + found.id() + ") under another declared record or other kinds.");
            }
            if (found.resumable(quietSince)) {
                found.resume(Moments.now(clock));
                return new Begun(found, true);
            }
            return new Begun(found, false);
        }
        var created = fresh.get();
        em.persist(created);
        em.flush();
        return new Begun(created, true);
    }

    @Transactional
    public ImportProgress progress(String id) {
        var found = em.find(Import.class, id);
        return new ImportProgress(id, found.rowsRead(), found.rowsAccepted(), found.rowsRefused(), found.errors());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportProgress leads(List<LeadWriter.Lead> rows, ImportProgress before, int read, int refused,
                                List<LineError> errors) {
        try {
            return leads.write(rows, before, read, refused, errors, Moments.now(clock));
        } catch (SQLException e) {
            throw new ChunkRefused(e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportProgress suppressions(List<List<String>> hashes, Set<Suppression> kinds, ImportProgress before, int read,
                                       int refused, List<LineError> errors) {
        try {
            return suppressions.add(hashes, kinds, before, read, refused, errors, Moments.now(clock));
        } catch (SQLException e) {
            throw new ChunkRefused(e);
        }
    }

    /** Done, and audited: who, which file (its digest), the counts; never an address. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(String id) {
        var done = em.find(Import.class, id);
        done.finish(Moments.now(clock));
        audit.fire(new Audited(done.createdBy(), "IMPORT_" + done.kind().name(), null, "BUSINESS_OPERATIONS",
                summary(done)));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(String id, String reason) {
        var failed = em.find(Import.class, id);
        failed.fail(reason, Moments.now(clock));
        audit.fire(new Audited(failed.createdBy(), "IMPORT_" + failed.kind().name() + "_FAILED", null,
                "BUSINESS_OPERATIONS", summary(failed) + "; " + failed.failure()));
    }

    static String summary(Import imported) {
        return "import " + imported.id() + " of " + imported.totalBytes() + " bytes, SHA-256 " + imported.digest()
                + ": " + imported.rowsRead() + " rows read, " + imported.rowsAccepted() + " accepted, "
                + imported.rowsRefused() + " refused";
    }
}
