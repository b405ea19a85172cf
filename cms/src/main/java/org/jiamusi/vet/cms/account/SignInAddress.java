package org.jiamusi.vet.cms.account;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address a sign-in attempt is counted against, for the throttle and the lock: an IPv4 address as
 * it is, an IPv6 one by its /64 network, since one household or server is handed a whole /64 and could
 * otherwise step to a fresh address for every guess.
 */
final class SignInAddress {

    /** Fits the column and any IPv6 network written out. */
    static final int MAX_LENGTH = 64;

    private SignInAddress() {
    }

    static String of(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String literal = address.strip();
        // Only what has a colon is parsed: the JDK reads it as an IPv6 literal and never asks DNS.
        if (literal.indexOf(':') >= 0 && literal.matches("[0-9A-Fa-f:.]+(%[\\w.-]+)?")) {
            try {
                InetAddress parsed = InetAddress.getByName(literal.replaceFirst("%.*", ""));
                if (parsed instanceof Inet4Address) {
                    return parsed.getHostAddress();
                }
                if (parsed instanceof Inet6Address) {
                    byte[] bytes = parsed.getAddress();
                    StringBuilder network = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                    }
                    return network.append(":/64").toString();
                }
            } catch (UnknownHostException e) {
                // not an address after all: counted as written
            }
        }
        return literal.length() <= MAX_LENGTH ? literal : literal.substring(0, MAX_LENGTH);
    }
}
