package org.madoguchi.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.hibernate.type.NumericBooleanConverter;

/** A part of the city's system that a ticket concerns (下水道台帳, GIS地図, ...); the list is admin-editable. */
@Entity
@Table(name = "affected_system")
public class AffectedSystem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "affected_system_seq")
    @SequenceGenerator(name = "affected_system_seq", sequenceName = "affected_system_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 32, unique = true, updatable = false)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 100)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected AffectedSystem() {
    }

    public AffectedSystem(String code, String nameJa, String nameEn, int sortOrder) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public void rename(String nameJa, String nameEn, int sortOrder) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    /** Retired systems stay on old tickets but are no longer offered for new ones. */
    public void setActive(boolean active) {
        this.active = active;
    }

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameJa;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
