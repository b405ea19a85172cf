package org.jiamusi.vet.cms.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The wrong passwords for one account from one address ({@link SignInAddress}) since the last right
 * one from there, and until when that pair is locked after too many. Keyed on both, so that a stranger
 * who locks an account locks it only for their own address, and its owner still signs in from theirs.
 * Only {@link AccountService} reads and writes it.
 */
@Entity
@Table(name = "account_address_lock")
@IdClass(AddressLock.Key.class)
public class AddressLock {

    @Id
    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Id
    @Column(name = "address", nullable = false, length = SignInAddress.MAX_LENGTH)
    private String address;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    /** Until when this account refuses every password from this address, the right one too; null when not locked. */
    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected AddressLock() {
        // for JPA
    }

    AddressLock(Long accountId, String address) {
        this.accountId = accountId;
        this.address = address;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getAddress() {
        return address;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; returns the count since the last right one from this address. */
    int refused(Instant now) {
        lastFailureAt = now;
        return ++failures;
    }

    void lockUntil(Instant until) {
        this.lockedUntil = until;
    }

    /** The primary key: the account and the address. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long accountId;
        private String address;

        public Key() {
            // for JPA
        }

        Key(Long accountId, String address) {
            this.accountId = accountId;
            this.address = address;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(accountId, key.accountId) && Objects.equals(address, key.address);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, address);
        }
    }
}
