package org.madoguchi.platform.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.Violation;

/**
 * Reads whole-number query parameters ({@code page}, {@code size}, {@code wait}) so that {@code size=abc} is a 400
 * naming the parameter. Left to the runtime, a query parameter that does not convert is a 404 without a word on why
 * (Jakarta REST, section 3.2), as if the resource did not exist.
 */
@Provider
public class WholeNumberParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != int.class && rawType != Integer.class) {
            return null;
        }
        String name = queryParameter(annotations);
        return name == null ? null : (ParamConverter<T>) new WholeNumber(name);
    }

    private static String queryParameter(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    private record WholeNumber(String name) implements ParamConverter<Integer> {

        @Override
        public Integer fromString(String value) {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                // a WebApplicationException passes the runtime as it is; its cause says what was wrong
                throw new BadRequestException(new InvalidInputException(Violation.of(name, "validation.wholeNumber")));
            }
        }

        @Override
        public String toString(Integer value) {
            return value.toString();
        }
    }
}
