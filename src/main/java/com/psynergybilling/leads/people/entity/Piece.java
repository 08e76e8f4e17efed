package com.psynergybilling.leads.people.entity;

import com.psynergybilling.leads.platform.entity.Lists;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.policy.entity.DisclosedData;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One exported piece of personal data (R18): what a {@code PersonalData} holder hands the access
 * report. The report reads these fields, not keys of a JSON object, so a holder cannot hand it a
 * piece it cannot read: a disclosure is a {@link Disclosed} (it cannot be mistaken for a fact by a
 * missing kind), a piece collected through a form carries its whole collection record (R1).
 */
public sealed interface Piece permits Piece.Collected, Piece.Fact, Piece.Disclosed {

    /** The component that holds the piece. */
    String holder();

    /** What the piece is (SUBMISSION, PERSON, DISCLOSURE, ...), for the reader of the attachment. */
    String kind();

    /** The piece as the attachment shows it. */
    JsonObject toJson();

    /** A piece collected through a form, with its collection record. */
    record Collected(String holder, String kind, Collection collection, Map<String, ?> data) implements Piece {

        public Collected {
            data = checked(holder, kind, collection, data);
        }

        @Override
        public JsonObject toJson() {
            return opening(this)
                    .add("source", collection.sourceForm())
                    .add("categories", Pieces.array(collection.categories()))
                    .add("purposes", Pieces.array(collection.purposes()))
                    .add("policyVersion", collection.policyVersion())
                    .add("collectedAt", collection.collectedAt().toString())
                    .add("data", Pieces.values(data)).build();
        }
    }

    /** A fact of our own about the person (state, an event), with when it arose. */
    record Fact(String holder, String kind, Instant at, Map<String, ?> data) implements Piece {

        public Fact {
            data = checked(holder, kind, at, data);
        }

        @Override
        public JsonObject toJson() {
            return opening(this).add("at", at.toString()).add("data", Pieces.values(data)).build();
        }
    }

    /**
     * One disclosure of the person's data to a recipient outside the company (R15): who received
     * which categories, for which purpose, and when. The values disclosed are not in it.
     */
    record Disclosed(String holder, Recipient recipient, List<String> categories, String purpose,
                     String policyVersion, Instant disclosedAt) implements Piece {

        public static final String KIND = "DISCLOSURE";

        /** A disclosure as its record keeps it: what went to {@code recipient}, and when. */
        public Disclosed(String holder, Recipient recipient, DisclosedData what, Instant disclosedAt) {
            this(holder, recipient, what.categories(), what.purpose(), what.policyVersion(), disclosedAt);
        }

        public Disclosed {
            Objects.requireNonNull(holder);
            Objects.requireNonNull(recipient);
            categories = Lists.nonEmptyCopy(categories, "A disclosure names the categories disclosed");
            Objects.requireNonNull(purpose);
            Objects.requireNonNull(policyVersion);
            Objects.requireNonNull(disclosedAt);
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public JsonObject toJson() {
            var json = opening(this).add("recipient", recipient.name()).add("recipientCategory", recipient.category());
            recipient.postalAddress().ifPresent(address -> json.add("recipientAddress", address));
            return json.add("categories", Pieces.array(categories)).add("purpose", purpose)
                    .add("policyVersion", policyVersion).add("disclosedAt", disclosedAt.toString()).build();
        }
    }

    /**
     * A recipient outside the company by its own id, name, the policy's category of recipient and,
     * when we hold one, its postal address (a "Shine the Light" answer gives name and address).
     */
    record Recipient(String id, String name, String category, Optional<String> postalAddress) {

        public Recipient {
            Objects.requireNonNull(id);
            Objects.requireNonNull(name);
            Objects.requireNonNull(category);
            postalAddress = postalAddress.filter(a -> !a.isBlank());
        }
    }

    /**
     * A piece of data always names its holder, its kind and what places it (its collection record or
     * when it arose); its data keeps the holder's order, and a null value is left out of the JSON.
     */
    private static Map<String, ?> checked(String holder, String kind, Object placedBy, Map<String, ?> data) {
        Objects.requireNonNull(holder);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(placedBy);
        return Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** Every piece's JSON opens with its holder and its kind, so the reader knows whose and what it is. */
    private static JsonObjectBuilder opening(Piece piece) {
        return Pieces.JSON.createObjectBuilder().add("holder", piece.holder()).add("kind", piece.kind());
    }
}
