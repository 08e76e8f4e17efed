package com.psynergybilling.leads;

import com.psynergybilling.leads.people.control.HeldAddresses;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.control.TestPolicies;
import com.psynergybilling.leads.rights.control.LegalHolds;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds real beans for unit tests the way CDI would, one instance per class: {@code @PersistenceContext}
 * gets the given entity manager, {@code @Inject} fields get the beans given or else new real ones (wired
 * the same way), configuration its default, events a {@link RecordedEvents}. So a test can run every
 * implementation of an interface, including one added later, without a hand-written fake.
 */
public final class Wiring {

    private final EntityManager em;
    private final Map<Class<?>, Object> beans = new HashMap<>();

    public Wiring(EntityManager em) {
        this.em = em;
        // The bundled policy, loaded: a bean built here gets no @PostConstruct.
        beans.put(PolicyBook.class, TestPolicies.bundled());
    }

    public EntityManager em() {
        return em;
    }

    /** Uses {@code bean} wherever a {@code type} is injected. */
    public <T> Wiring with(Class<T> type, T bean) {
        beans.put(type, bean);
        return this;
    }

    public <T> T bean(Class<T> type) {
        Object known = beans.get(type);
        if (known != null) {
            return type.cast(known);
        }
        if (type == Clock.class) { // the producer's clock unless the test gives one (a TestClock)
            beans.put(Clock.class, Clock.systemUTC());
            return type.cast(beans.get(Clock.class));
        }
        if (type == HeldAddresses.class) { // the one implementation, in rights: the real holds table
            beans.put(HeldAddresses.class, bean(LegalHolds.class));
            return type.cast(beans.get(HeldAddresses.class));
        }
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T bean = constructor.newInstance();
            beans.put(type, bean);
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    inject(bean, field);
                }
            }
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName() + " for a test: wire it in Wiring", e);
        }
    }

    private void inject(Object bean, Field field) throws IllegalAccessException {
        Object value;
        if (field.isAnnotationPresent(PersistenceContext.class)) {
            value = em;
        } else if (!field.isAnnotationPresent(Inject.class)) {
            return;
        } else if (field.isAnnotationPresent(ConfigProperty.class)) {
            value = config(field);
        } else if (field.getType() == Event.class) {
            value = new RecordedEvents<>();
        } else if (field.getType() == Instance.class) {
            value = null;
        } else if (field.getType() == javax.cache.CacheManager.class) {
            value = null; // no cache manager: a node alone, as Payara Micro's --nohazelcast makes it
        } else {
            value = bean(field.getType());
        }
        field.setAccessible(true);
        field.set(bean, value);
    }

    private static Object config(Field field) {
        String value = field.getAnnotation(ConfigProperty.class).defaultValue();
        Class<?> type = field.getType();
        boolean none = ConfigProperty.UNCONFIGURED_VALUE.equals(value);
        if (type == Optional.class) {
            return Optional.empty();
        } else if (none) {
            return null;
        } else if (type == int.class || type == Integer.class) {
            return Integer.valueOf(value);
        } else if (type == long.class || type == Long.class) {
            return Long.valueOf(value);
        } else if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(value);
        }
        return value;
    }
}
