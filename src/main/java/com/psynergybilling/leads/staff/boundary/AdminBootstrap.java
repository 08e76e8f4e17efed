package com.psynergybilling.leads.staff.boundary;

import com.psynergybilling.leads.staff.control.StaffDirectory;
import com.psynergybilling.leads.staff.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** With {@code LEADS_ADMIN_PASSWORD} set and no staff user yet, creates user {@code admin}. */
@Startup
@Singleton
@DependsOn("Migrations")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "leads.admin.password")
    Optional<String> adminPassword;

    @Inject
    StaffDirectory directory;

    @PostConstruct
    void bootstrap() {
        if (adminPassword.filter(p -> !p.isBlank()).isEmpty() || directory.anyone()) {
            return;
        }
        try {
            directory.create("admin", adminPassword.get(), EnumSet.of(Role.admin));
            LOG.info("Created staff user admin from LEADS_ADMIN_PASSWORD");
        } catch (PersistenceException e) {
            LOG.info("Another node created the first staff user meanwhile");
        }
    }
}
