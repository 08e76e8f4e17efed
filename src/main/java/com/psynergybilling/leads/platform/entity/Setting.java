package com.psynergybilling.leads.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A value every node must share, kept in the database rather than on a node's disk. */
@Entity
@Table(name = "settings")
public class Setting {

    @Id
    private String name;

    @Column(name = "setting_value")
    private String value;

    protected Setting() {
    }

    public Setting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String value() {
        return value;
    }

    public void change(String value) {
        this.value = value;
    }
}
