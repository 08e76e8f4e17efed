package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Every component's personal data, as the CDI beans that implement {@link PersonalData}: access and
 * deletion go through all of them, so a component added later is reached without a change here.
 */
@ApplicationScoped
public class Registry {

    @Inject
    @Any
    Instance<PersonalData> holders;

    @Inject
    People people;

    @Inject
    DoNotContactList doNotContact;

    public List<PersonalData> holders() {
        return StreamSupport.stream(holders.spliterator(), false).toList();
    }

    /** Whose data a verified request is about. Only called after verification (R17). */
    public DataSubject subject(EmailAddress address) {
        Optional<Person> person = people.find(address);
        return new DataSubject(address, doNotContact.hashes(address), person.map(Person::id));
    }

    public Optional<Person> person(EmailAddress address) {
        return people.find(address);
    }
}
