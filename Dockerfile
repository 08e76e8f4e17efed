# Psynergy Leads on the official Payara Micro image. Configure it only through LEADS_* environment
# variables (config/leads.env.example); use PostgreSQL (LEADS_DB_URL) in production, since the
# embedded H2 file would live and die with the container.
# Keep PAYARA_VERSION equal to payara.version in pom.xml (a unit test checks it).
ARG PAYARA_VERSION=6.2025.10

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
COPY config config
COPY src src
RUN mvn -B -q -DskipTests package

FROM payara/micro:${PAYARA_VERSION}-jdk17
COPY --from=build /build/target/leads.war /opt/payara/deployments/leads.war
COPY config/pre-boot-commands.asadmin /opt/payara/config/pre-boot-commands.asadmin
ENV LEADS_PORT=8080
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java ${JVM_ARGS:-} -jar /opt/payara/payara-micro.jar --deploy /opt/payara/deployments/leads.war --contextroot / --port \"${LEADS_PORT}\" --prebootcommandfile /opt/payara/config/pre-boot-commands.asadmin --nocluster \"$@\"", "leads"]
