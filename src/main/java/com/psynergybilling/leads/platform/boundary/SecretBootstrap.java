package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.control.KeyCheck;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.platform.control.StartRefusal;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settles the keys before the service takes requests. Two nodes starting on a new database may both
 * generate a secret; the loser's insert fails and it reads the winner's. Keys that do not open this
 * database ({@link KeyCheck}) fail the deployment, and then end the process: Payara Micro would
 * otherwise stay up with nothing deployed, answering health checks, and a rollout would carry on.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class SecretBootstrap {

    private static final Logger LOG = Logger.getLogger(SecretBootstrap.class.getName());
    /** EX_CONFIG of sysexits.h: the configuration is wrong. */
    static final int EXIT_CODE = StartRefusal.CONFIG;

    @Inject
    Secret secret;

    @Inject
    @ConfigProperty(name = "leads.exit.on.refusal", defaultValue = Defaults.LEADS_EXIT_ON_REFUSAL)
    boolean exitOnRefusal;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void settle() {
        try {
            try {
                inTransaction();
            } catch (KeyCheck.Refused refused) {
                throw refused;
            } catch (Exception raced) {
                inTransaction();
            }
        } catch (KeyCheck.Refused refused) {
            refuse(refused);
            throw refused;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot settle LEADS_SECRET", e);
        }
    }

    private void refuse(KeyCheck.Refused refused) {
        StartRefusal.endProcess(LOG, refused.getMessage(), EXIT_CODE, exitOnRefusal);
    }

    private void inTransaction() throws Exception {
        transaction.begin();
        try {
            secret.settle();
            transaction.commit();
        } catch (Exception e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }
}
