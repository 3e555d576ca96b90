package org.madoguchi.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class WholeNumberParametersTest {

    private final WholeNumberParameters provider = new WholeNumberParameters();

    @SuppressWarnings("unused")
    void resource(@QueryParam("size") int size, @PathParam("id") int id) {
    }

    private static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
        return WholeNumberParametersTest.class.getDeclaredMethod("resource", int.class, int.class)
                .getParameterAnnotations()[parameter];
    }

    /** The refusal of "abc" (a 400 naming the parameter) needs the REST runtime: TicketApiIT checks it. */
    @Test
    void aQueryParameterReadsWholeNumbers() throws Exception {
        var converter = provider.getConverter(int.class, int.class, annotationsOf(0));
        assertEquals(12, converter.fromString(" 12 "));
        assertEquals(-1, converter.fromString("-1"));
        assertEquals(7, provider.getConverter(Integer.class, Integer.class, annotationsOf(0)).fromString("7"));
    }

    @Test
    void otherTypesAndOtherParametersAreLeftToTheRuntime() throws Exception {
        assertNull(provider.getConverter(String.class, String.class, annotationsOf(0)));
        assertNull(provider.getConverter(int.class, int.class, annotationsOf(1)));
    }
}
