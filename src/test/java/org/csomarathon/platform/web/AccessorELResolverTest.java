package org.csomarathon.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class AccessorELResolverTest {

    public record Row(String fullName, long places) {
    }

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return new AccessorELResolver();
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void aRecordsAccessorIsCalledAndTheCallMarkedResolved() {
        ELContext context = context();
        Row row = new Row("Анна Ким", 3);
        assertEquals("Анна Ким", new AccessorELResolver().invoke(context, row, "fullName", null, null));
        assertTrue(context.isPropertyResolved());
        assertEquals(3L, new AccessorELResolver().invoke(context(), row, "places", new Class<?>[0], new Object[0]));
    }

    @Test
    void aMethodWithArgumentsIsCalledWithThem() {
        ELContext context = context();
        assertEquals("review.state.WAITING", new AccessorELResolver().invoke(context, "review.state.", "concat",
                null, new Object[] {"WAITING"}));
        assertTrue(context.isPropertyResolved());
        assertEquals("ext", new AccessorELResolver().invoke(context(), "text", "substring", null, new Object[] {1}),
                "an Integer for an int");
        assertEquals("e", new AccessorELResolver().invoke(context(), "text", "substring", null, new Object[] {1, 2}));
    }

    @Test
    void overloadedNamesUnknownNamesAndVoidMethodsAreLeftToTheOtherResolvers() {
        ELContext context = context();
        assertNull(new AccessorELResolver().invoke(context, "text", "indexOf", null, new Object[] {"x"}),
                "indexOf has two forms with one argument");
        assertNull(new AccessorELResolver().invoke(context, new Row("a", 1), "noSuchMethod", null, null));
        assertNull(new AccessorELResolver().invoke(context, new java.util.ArrayList<>(), "clear", null, null));
        assertFalse(context.isPropertyResolved());
    }
}
