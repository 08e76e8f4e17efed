package com.psynergybilling.leads.imports.boundary;

import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.imports.control.AddressRows;
import com.psynergybilling.leads.imports.control.CsvReader;
import com.psynergybilling.leads.imports.control.ImportProgress;
import com.psynergybilling.leads.imports.control.LeadRows;
import com.psynergybilling.leads.imports.control.LeadWriter;
import com.psynergybilling.leads.imports.entity.LineError;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.Suppression;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs imports in the background on the container's managed executor, a chunk per transaction, so
 * the post answers at once and progress is readable while rows are read. A chunk the database
 * refuses (a form posted the same address at the same moment, say) is tried once more, then the
 * import fails; posting the same file again resumes after the last committed line.
 */
@ApplicationScoped
public class ImportRuns {

    private static final Logger LOG = Logger.getLogger(ImportRuns.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportSteps steps;

    @Inject
    DoNotContactList doNotContact;

    @Inject
    @ConfigProperty(name = "leads.import.chunk", defaultValue = Defaults.LEADS_IMPORT_CHUNK)
    int chunk;

    /** Reads the rows after the header; {@code rows} makes a fresh reader over the file's text. */
    public void leads(String importId, String text, Function<List<String>, LeadRows> rows, int maxField) {
        executor.execute(() -> run(importId, () -> {
            var reader = new CsvReader(text, maxField);
            var leadRows = rows.apply(reader.next().fields());
            ImportProgress progress = steps.progress(importId);
            skip(reader, progress.read());
            while (reader.hasNext()) {
                var leads = new ArrayList<LeadWriter.Lead>();
                var errors = new ArrayList<LineError>();
                int read = 0;
                int refused = 0;
                for (; read < chunk && reader.hasNext(); read++) {
                    var row = leadRows.read(reader.next());
                    if (row.valid()) {
                        leads.add(new LeadWriter.Lead(row.line(), row, leadRows.collection(row)));
                    } else {
                        refused++;
                        errors.addAll(row.errors());
                    }
                }
                final int r = read;
                final int f = refused;
                ImportProgress before = progress;
                progress = twice(() -> steps.leads(leads, before, r, f, errors));
            }
        }));
    }

    public void suppressions(String importId, java.util.function.Supplier<AddressRows> addresses, Set<Suppression> kinds) {
        executor.execute(() -> run(importId, () -> {
            var rows = addresses.get();
            ImportProgress progress = steps.progress(importId);
            skip(rows, progress.read());
            while (rows.hasNext()) {
                var hashes = new ArrayList<List<String>>();
                var errors = new ArrayList<LineError>();
                int read = 0;
                for (; read < chunk && rows.hasNext(); read++) {
                    var address = rows.next();
                    if (address.email() == null) {
                        errors.add(address.error());
                    } else {
                        hashes.add(doNotContact.hashes(address.email()));
                    }
                }
                final int r = read;
                ImportProgress before = progress;
                progress = twice(() -> steps.suppressions(hashes, kinds, before, r, errors.size(), errors));
            }
        }));
    }

    private void run(String importId, Runnable work) {
        try {
            work.run();
            steps.finish(importId);
        } catch (RuntimeException e) {
            // Never the exception's message: a database's can quote a row, and a row holds an address.
            String reason = e instanceof ImportSteps.ChunkRefused ? "the database refused a chunk (" + e.getMessage() + ")"
                    : "the import stopped (" + e.getClass().getSimpleName() + ")";
            LOG.log(Level.WARNING, () -> "Import " + importId + " failed: " + reason);
            try {
                steps.fail(importId, reason);
            } catch (RuntimeException alsoFailed) {
                LOG.log(Level.WARNING, () -> "Import " + importId + " could not be marked failed ("
                        + alsoFailed.getClass().getSimpleName() + "); a repeat post resumes it once it is quiet");
            }
        }
    }

    private static ImportProgress twice(java.util.function.Supplier<ImportProgress> chunk) {
        try {
            return chunk.get();
        } catch (RuntimeException first) {
            return chunk.get();
        }
    }

    private static void skip(Iterator<?> rows, int count) {
        for (int i = 0; i < count && rows.hasNext(); i++) {
            rows.next();
        }
    }
}
