package org.madoguchi.support;

/** The demo accounts of a test server ({@code madoguchi.demo=true}), as {@code user:password} for {@link Api}. */
public final class DemoAccounts {

    public static final String OPERATOR = "operator:demo";
    public static final String MANAGER = "manager:demo";
    public static final String CITY = "city:demo";
    public static final String ADMIN = "admin:demo";

    private DemoAccounts() {
    }
}
