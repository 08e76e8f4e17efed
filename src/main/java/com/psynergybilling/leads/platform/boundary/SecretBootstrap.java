package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.Secret;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

/**
 * Settles the secret before the service takes requests. Two nodes starting on a new database may
 * both generate one; the loser's insert fails and it reads the winner's.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class SecretBootstrap {

    @Inject
    Secret secret;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void settle() {
        try {
            inTransaction();
        } catch (Exception raced) {
            try {
                inTransaction();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot settle LEADS_SECRET", e);
            }
        }
    }

    private void inTransaction() throws Exception {
        transaction.begin();
        try {
            secret.settle();
            transaction.commit();
        } catch (Exception e) {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }
}
