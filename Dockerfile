# Psynergy Leads on the official Payara Micro image. Configure it only through LEADS_* environment
# variables (config/leads.env.example); use PostgreSQL (LEADS_DB_URL) in production, since the
# embedded H2 file would live and die with the container. LEADS_CLUSTER chooses the cluster mode
# (docs/operations.md); the start is scripts/supervise with scripts/payara, as with scripts/run.
#   docker build -t psynergy/leads .
# Keep PAYARA_VERSION equal to payara.version in pom.xml (a unit test checks it).
ARG PAYARA_VERSION=6.2025.10

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# The dependencies in a layer of their own: a source change does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY config config
COPY src src
RUN mvn -B -q -o -Dmaven.test.skip=true package

FROM payara/micro:${PAYARA_VERSION}-jdk17
# The image's own non-root user, and its memory settings (MEM_MAX_RAM_PERCENTAGE, MEM_XSS) kept.
USER payara
COPY --chown=payara:payara scripts/payara /opt/payara/payara-start
COPY --chown=payara:payara scripts/supervise /opt/payara/supervise
COPY --chown=payara:payara config/pre-boot-commands.asadmin /opt/payara/config/pre-boot-commands.asadmin
COPY --from=build --chown=payara:payara /build/target/leads.war /opt/payara/deployments/leads.war
ENV LEADS_PORT=8080 LEADS_CLUSTER=
# 8080: HTTP; 6900: Hazelcast, between the nodes of a cluster only.
EXPOSE 8080 6900
# scripts/supervise ends the container (exit code 70) when the application did not deploy.
ENTRYPOINT ["/opt/payara/supervise", "/opt/payara/payara-start", "/opt/payara/payara-micro.jar", "/opt/payara/deployments/leads.war", "/opt/payara/config/pre-boot-commands.asadmin"]
