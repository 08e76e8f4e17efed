package com.psynergybilling.leads.staff.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import org.junit.jupiter.api.Test;

class StaffAuthModuleTest {

    private final List<Callback> told = new ArrayList<>();

    @Test
    void anAnonymousRequestGoesOnWithNoCaller() throws Exception {
        var status = module(StaffAuthentication.Verdict.ANONYMOUS).validateRequest(message(), new Subject(), null);
        assertEquals(AuthStatus.SUCCESS, status);
        assertEquals(1, told.size());
        assertNull(((CallerPrincipalCallback) told.get(0)).getPrincipal());
    }

    @Test
    void aKnownCallerIsToldWithTheirGroups() throws Exception {
        var verdict = StaffAuthentication.Verdict.caller(new CredentialValidationResult("ana", Set.of("sales")));
        var client = new Subject();
        var status = module(verdict).validateRequest(message(), client, null);
        assertEquals(AuthStatus.SUCCESS, status);
        assertEquals("ana", ((CallerPrincipalCallback) told.get(0)).getPrincipal().getName());
        var groups = (GroupPrincipalCallback) told.get(1);
        assertArrayEquals(new String[]{"sales"}, groups.getGroups());
        assertTrue(groups.getSubject() == client, "the groups go to the request's subject");
    }

    @Test
    void aRequestAnsweredByTheMechanismStopsThereAndTellsTheContainerNothing() throws Exception {
        var status = module(StaffAuthentication.Verdict.ANSWERED).validateRequest(message(), new Subject(), null);
        assertEquals(AuthStatus.SEND_FAILURE, status);
        assertTrue(told.isEmpty());
    }

    private StaffAuthModule module(StaffAuthentication.Verdict verdict) {
        var module = new StaffAuthModule(new StaffAuthentication() {
            @Override
            public Verdict validateRequest(HttpServletRequest request, HttpServletResponse response) {
                return verdict;
            }
        });
        module.initialize(null, null, callbacks -> told.addAll(List.of(callbacks)), Map.of());
        return module;
    }

    private static MessageInfo message() {
        return new MessageInfo() {
            private final Map<String, Object> map = new HashMap<>();

            @Override
            public Object getRequestMessage() {
                return null;
            }

            @Override
            public Object getResponseMessage() {
                return null;
            }

            @Override
            public void setRequestMessage(Object request) {
            }

            @Override
            public void setResponseMessage(Object response) {
            }

            @Override
            public Map getMap() {
                return map;
            }
        };
    }
}
