package com.psynergybilling.leads.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR that `mvn package` built, deployed at the root context as in production. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive leads() {
        var built = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("leads.war")));
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(built);
    }
}
