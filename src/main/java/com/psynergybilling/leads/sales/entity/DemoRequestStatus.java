package com.psynergybilling.leads.sales.entity;

public enum DemoRequestStatus {
    NEW, CONTACTED, QUALIFIED, DISQUALIFIED, CLOSED
}
