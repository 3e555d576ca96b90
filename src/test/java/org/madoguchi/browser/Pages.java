package org.madoguchi.browser;

import org.madoguchi.support.Browser;
import org.openqa.selenium.By;

/** Page objects: what a person does on each page, in the page's own words. */
final class Pages {

    private Pages() {
    }

    /** The public inquiry form; returns the confirmation's ticket number. */
    static String submitInquiry(Browser b, String subject, String description, String name, String email) {
        b.open("/inquiry/new");
        b.type("inquiry:subject", subject);
        b.type("inquiry:description", description);
        b.type("inquiry:requester_name", name);
        b.type("inquiry:requester_email", email);
        b.clickAndWait("inquiry:submit");
        return b.text("ticket-number");
    }

    static void signIn(Browser b, String user, String password) {
        b.open("/login");
        b.type("login:username", user);
        b.type("login:password", password);
        b.clickAndWait("login:sign-in");
    }

    static void signOut(Browser b) {
        b.clickAndWait("session:sign-out");
    }

    /** Filters the queue by text and opens the ticket with that number. */
    static void openFromQueue(Browser b, String text, String number) {
        b.open("/console/");
        b.type("filter:text", text);
        b.clickAndWait("filter:apply");
        b.find(By.linkText(number)).click();
        b.waitForText(By.id("ticket-number"), number);
    }

    static void send(Browser b, String kindValue, String body) {
        b.find(By.cssSelector("input[name='actions:kind'][value='" + kindValue + "']")).click();
        b.type("actions:body", body);
        b.clickAndWait("actions:send");
    }
}
