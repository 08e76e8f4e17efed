package com.psynergybilling.leads.sales.entity;

import com.psynergybilling.leads.policy.entity.Collection;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request as sales sees it, with the collection record that says what it may be used for. */
@Schema(name = "DemoRequest")
public class DemoRequestView {

    @Schema(example = "5f0c8a6e-2b8d-4a55-9a55-3f1f5d1f2c11")
    public String id;
    @Schema(example = "DEMO")
    public RequestType requestType;
    @Schema(example = "NEW")
    public DemoRequestStatus status;
    public Instant receivedAt;
    public Instant updatedAt;
    @Schema(example = "jsmith")
    public String assignee;
    public String note;
    @Schema(example = "Dr. Jane Doe")
    public String fullName;
    @Schema(example = "jane.doe@example-clinic.com")
    public String email;
    public String phone;
    public String organization;
    public String businessAddress;
    public String practiceSpecialty;
    public Integer providerCount;
    public String productInterest;
    public String comments;
    public String pageUrl;
    public boolean partnerSharingConsent;
    @Schema(description = "the person opted out of sale and sharing (Global Privacy Control or a request)")
    public boolean saleAndSharingOptOut;
    public CollectionView collection;
    @Schema(description = "fields of the form that this view leaves out because the privacy policy under which "
            + "they were collected does not let sales use their category")
    public List<String> withheld;

    private static final List<String> FIELDS = List.of("fullName", "email", "phone", "organization",
            "businessAddress", "practiceSpecialty", "providerCount", "productInterest", "comments", "pageUrl");

    /**
     * The view of {@code request} with only the fields that {@code shown} lets through (by the field's
     * name in the policy's form definition); the state sales keeps is always shown.
     */
    public static DemoRequestView of(DemoRequest request, Predicate<String> shown) {
        var view = new DemoRequestView();
        var submission = request.submission();
        view.id = request.id();
        view.requestType = request.requestType();
        view.status = request.status();
        view.receivedAt = request.receivedAt();
        view.updatedAt = request.updatedAt();
        view.assignee = request.assignee();
        view.note = request.note();
        view.fullName = field(shown, "fullName", submission.fullName());
        view.email = field(shown, "email", submission.person().email().value());
        view.phone = field(shown, "phone", submission.phone());
        view.organization = field(shown, "organization", submission.organization());
        view.businessAddress = field(shown, "businessAddress", submission.businessAddress());
        view.practiceSpecialty = field(shown, "practiceSpecialty", submission.practiceSpecialty());
        view.providerCount = field(shown, "providerCount", submission.providerCount());
        view.productInterest = field(shown, "productInterest", submission.productInterest());
        view.comments = field(shown, "comments", submission.comments());
        view.pageUrl = field(shown, "pageUrl", submission.pageUrl());
        view.partnerSharingConsent = submission.partnerSharingConsent();
        view.saleAndSharingOptOut = submission.person().saleSharingOptOut();
        view.collection = CollectionView.of(submission.collection());
        view.withheld = FIELDS.stream().filter(shown.negate()).toList();
        return view;
    }

    private static <T> T field(Predicate<String> shown, String name, T value) {
        return shown.test(name) ? value : null;
    }

    /** R1, as shown to staff. */
    @Schema(name = "Collection")
    public static class CollectionView {
        @Schema(example = "DEMO_REQUEST")
        public String sourceForm;
        @Schema(example = "[\"BASIC_IDENTIFIERS\",\"PROFESSIONAL_INFORMATION\"]")
        public List<String> categories;
        @Schema(example = "[\"PROVIDING_THE_SERVICE\",\"COMMUNICATING_WITH_YOU\"]")
        public List<String> purposes;
        @Schema(example = "2024-06-30")
        public String policyVersion;
        public Instant collectedAt;

        static CollectionView of(Collection collection) {
            var view = new CollectionView();
            view.sourceForm = collection.sourceForm();
            view.categories = collection.categories();
            view.purposes = collection.purposes();
            view.policyVersion = collection.policyVersion();
            view.collectedAt = collection.collectedAt();
            return view;
        }
    }
}
