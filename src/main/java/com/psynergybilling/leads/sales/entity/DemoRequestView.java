package com.psynergybilling.leads.sales.entity;

import com.psynergybilling.leads.policy.entity.Collection;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request as sales sees it, with the collection record that says what it may be used for. */
@Schema(name = "DemoRequest")
public record DemoRequestView(
        @Schema(example = "5f0c8a6e-2b8d-4a55-9a55-3f1f5d1f2c11") String id,
        @Schema(example = "DEMO") RequestType requestType,
        @Schema(example = "NEW") DemoRequestStatus status,
        Instant receivedAt,
        Instant updatedAt,
        @Schema(example = "jsmith") String assignee,
        String note,
        @Schema(example = "Dr. Jane Doe") String fullName,
        @Schema(example = "jane.doe@example-clinic.com") String email,
        String phone,
        String organization,
        String businessAddress,
        String practiceSpecialty,
        Integer providerCount,
        String productInterest,
        String comments,
        String pageUrl,
        boolean partnerSharingConsent,
        @Schema(description = "the person opted out of sale and sharing (Global Privacy Control or a request)")
        boolean saleAndSharingOptOut,
        CollectionView collection,
        @Schema(description = "fields of the form that this view leaves out because the privacy policy under which "
                + "they were collected does not let sales use their category")
        List<String> withheld) {

    private static final List<String> FIELDS = List.of("fullName", "email", "phone", "organization",
            "businessAddress", "practiceSpecialty", "providerCount", "productInterest", "comments", "pageUrl");

    /**
     * The view of {@code request} with only the fields that {@code shown} lets through (by the field's
     * name in the policy's form definition); the state sales keeps is always shown.
     */
    public static DemoRequestView of(DemoRequest request, Predicate<String> shown) {
        var submission = request.submission();
        return new DemoRequestView(request.id(), request.requestType(), request.status(), request.receivedAt(),
                request.updatedAt(), request.assignee(), request.note(),
                field(shown, "fullName", submission.fullName()),
                field(shown, "email", submission.person().email().value()),
                field(shown, "phone", submission.phone()),
                field(shown, "organization", submission.organization()),
                field(shown, "businessAddress", submission.businessAddress()),
                field(shown, "practiceSpecialty", submission.practiceSpecialty()),
                field(shown, "providerCount", submission.providerCount()),
                field(shown, "productInterest", submission.productInterest()),
                field(shown, "comments", submission.comments()),
                field(shown, "pageUrl", submission.pageUrl()),
                submission.partnerSharingConsent(), submission.person().saleSharingOptOut(),
                CollectionView.of(submission.collection()), FIELDS.stream().filter(shown.negate()).toList());
    }

    private static <T> T field(Predicate<String> shown, String name, T value) {
        return shown.test(name) ? value : null;
    }

    /** R1, as shown to staff. */
    @Schema(name = "Collection")
    public record CollectionView(
            @Schema(example = "DEMO_REQUEST") String sourceForm,
            @Schema(example = "[\"BASIC_IDENTIFIERS\",\"PROFESSIONAL_INFORMATION\"]") List<String> categories,
            @Schema(example = "[\"PROVIDING_THE_SERVICE\",\"COMMUNICATING_WITH_YOU\"]") List<String> purposes,
            @Schema(example = "2024-06-30") String policyVersion,
            Instant collectedAt) {

        static CollectionView of(Collection collection) {
            return new CollectionView(collection.sourceForm(), collection.categories(), collection.purposes(),
                    collection.policyVersion(), collection.collectedAt());
        }
    }
}
